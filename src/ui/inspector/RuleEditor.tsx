import { asList, asRecord, text, type Json } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import type { SectionProps } from './section-props.ts';
import { checkWeight } from './validate.ts';

const PATH_TYPES = ['PathPrefix', 'Exact', 'RegularExpression'] as const;

function percent(weight: number, total: number): string {
  return total > 0 ? `${Math.round((1000 * weight) / total) / 10}%` : '0%';
}

/** One route rule: HTTP path matches, filters (remove), backends with weights. */
export function RuleEditor({
  resource,
  run,
  rule,
  index,
}: SectionProps & { rule: Json; index: number }) {
  const r = asRecord(rule);
  const key = resource.key;
  const rulePath = ['spec', 'rules', index];
  const matches = asList(r.matches).map(asRecord);
  const filters = asList(r.filters).map(asRecord);
  const backends = asList(r.backendRefs).map(asRecord);
  const weights = backends.map((b) => (typeof b.weight === 'number' ? b.weight : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const isHttp = resource.kind === 'HTTPRoute';
  return (
    <div className="rs-rule" data-testid="inspector.rule">
      <div className="rs-rule__head">
        <strong>{text(r.name) || `Rule ${index}`}</strong>
        <button
          type="button"
          className="rs-inspector__remove"
          onClick={() => run({ type: 'removeRule', key, rule: index })}
          aria-label={`Remove rule ${index}`}
        >
          ×
        </button>
      </div>
      {isHttp &&
        matches.map((m, j) => {
          const path = asRecord(m.path);
          const type = text(path.type) || 'PathPrefix';
          const value = text(path.value) || '/';
          const setPath = (next: { type: string; value: string }) =>
            run({ type: 'setField', key, path: [...rulePath, 'matches', j, 'path'], value: next });
          return (
            <div key={j} className="rs-rule__match">
              <Field
                label="Path match"
                value={type}
                options={PATH_TYPES}
                testId="inspector.field.pathType"
                onCommit={(t) => setPath({ type: t, value })}
              />
              <Field
                label="Path"
                value={value}
                check={(v) => (v.startsWith('/') ? undefined : 'A path starts with "/".')}
                testId="inspector.field.pathValue"
                onCommit={(v) => setPath({ type, value: v })}
              />
              <button
                type="button"
                className="rs-inspector__remove"
                onClick={() => run({ type: 'removeMatch', key, rule: index, match: j })}
                aria-label="Remove match"
              >
                ×
              </button>
            </div>
          );
        })}
      {isHttp && (
        <button
          type="button"
          onClick={() =>
            run({
              type: 'addMatch',
              key,
              rule: index,
              match: { path: { type: 'PathPrefix', value: '/' } },
            })
          }
        >
          Add match
        </button>
      )}
      {filters.length > 0 && (
        <ul className="rs-inspector__list">
          {filters.map((f, j) => (
            <li key={j}>
              {text(f.type)}
              <button
                type="button"
                className="rs-inspector__remove"
                onClick={() => run({ type: 'removeFilter', key, rule: index, filter: j })}
                aria-label={`Remove filter ${text(f.type)}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
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
                run({ type: 'setBackendWeight', key, rule: index, backend: j, weight: Number(w) })
              }
            />
            <button
              type="button"
              className="rs-inspector__remove"
              onClick={() => run({ type: 'removeBackend', key, rule: index, backend: j })}
              aria-label={`Remove backend ${text(b.name)}`}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
