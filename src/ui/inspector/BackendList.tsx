import type { Command } from '../../core/commands/types.ts';
import { asList, asRecord, text, type Json } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import { checkWeight } from './validate.ts';

function percent(weight: number, total: number): string {
  return total > 0 ? `${Math.round((1000 * weight) / total) / 10}%` : '0%';
}

/** A rule's backends with their weights (and share of the traffic); remove one. */
export function BackendList({
  resourceKey: key,
  backendRefs,
  rule,
  run,
}: {
  resourceKey: string;
  backendRefs: Json;
  rule: number;
  run(command: Command): void;
}) {
  const backends = asList(backendRefs).map(asRecord);
  const weights = backends.map((b) => (typeof b.weight === 'number' ? b.weight : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return (
    <div className="rs-rule__backends">
      {backends.length === 0 && (
        <p className="rs-inspector__hint">No backends: connect the rule to a Service.</p>
      )}
      {backends.map((b, j) => (
        <div key={j} className="rs-backend" data-testid="inspector.backend">
          <span className="rs-backend__name">
            {text(b.namespace) && `${text(b.namespace)}/`}
            {text(b.name)}
            {text(b.port) && `:${text(b.port)}`}
          </span>
          <Field
            label={`Weight (${percent(weights[j]!, total)})`}
            value={String(weights[j])}
            check={checkWeight}
            testId="route.weight"
            onCommit={(w) =>
              run({ type: 'setBackendWeight', key, rule, backend: j, weight: Number(w) })
            }
          />
          <button
            type="button"
            className="rs-inspector__remove"
            onClick={() => run({ type: 'removeBackend', key, rule, backend: j })}
            aria-label={`Remove backend ${text(b.name)}`}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
