import type { Diagnostic } from '../../core/diagnostics.ts';
import { Icon } from '../icons/Icon.tsx';

/** One row of the problems list: severity, `file:line`, message, code (with Istio's). */
export function ProblemItem({
  diagnostic: d,
  onShow,
}: {
  diagnostic: Diagnostic;
  onShow: (diagnostic: Diagnostic) => void;
}) {
  return (
    <button
      className={`problem ${d.severity}`}
      onClick={() => onShow(d)}
      data-testid="problems.item"
      data-code={d.code}
      data-severity={d.severity}
    >
      <span className="icon">
        <Icon name={d.severity} size={14} title={d.severity} />
      </span>
      <span className="where">
        {d.file}
        {d.range ? `:${d.range.start.line}` : ''}
      </span>
      <span className="message">{d.message}</span>
      <span className="code">
        {d.code}
        {d.istioCode ? ` ${d.istioCode}` : ''}
      </span>
    </button>
  );
}
