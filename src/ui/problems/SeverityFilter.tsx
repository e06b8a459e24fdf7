import type { Severity } from '../../core/diagnostics.ts';
import { countOf, pluralOf } from '../../core/text/plural.ts';
import { Icon } from '../icons/Icon.tsx';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

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
          title={`${shown.has(severity) ? 'Hide' : 'Show'} ${pluralOf(severity)}`}
          data-testid={`problems.filter.${severity}`}
        >
          <Icon name={severity} size={13} /> {countOf(counts[severity], severity)}
        </button>
      ))}
    </div>
  );
}
