import type { Severity } from '../../core/diagnostics.ts';
import { SEVERITY_ICON } from './ProblemItem.tsx';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const PLURAL: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'infos' };

/** Toggle buttons that show or hide each severity, with its count. */
export function SeverityFilter({
  counts,
  shown,
  onToggle,
}: {
  counts: Record<Severity, number>;
  shown: ReadonlySet<Severity>;
  onToggle: (severity: Severity) => void;
}) {
  return (
    <div className="problems-filter" role="group" aria-label="Show severities">
      {SEVERITIES.map((severity) => (
        <button
          key={severity}
          className={`problems-filter-button ${severity}`}
          aria-pressed={shown.has(severity)}
          onClick={() => onToggle(severity)}
          title={`${shown.has(severity) ? 'Hide' : 'Show'} ${PLURAL[severity]}`}
          data-testid={`problems.filter.${severity}`}
        >
          <span aria-hidden="true">{SEVERITY_ICON[severity]}</span> {counts[severity]}{' '}
          {PLURAL[severity]}
        </button>
      ))}
    </div>
  );
}
