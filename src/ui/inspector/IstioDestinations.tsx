import type { Command } from '../../core/commands/types.ts';
import type { FieldPath } from '../../core/diagnostics.ts';
import { asList, asRecord, text, type Json } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import { checkPercent } from './validate.ts';

/** A VirtualService route's destinations: host, subset and weight (percent); remove one. */
export function IstioDestinations({
  resourceKey: key,
  route,
  path: routePath,
  run,
}: {
  resourceKey: string;
  route: Json;
  /** Path of the http route inside the resource. */
  path: FieldPath;
  run(command: Command): void;
}) {
  const destinations = asList(asRecord(route).route).map(asRecord);
  const total = destinations.reduce(
    (sum, d) => sum + (typeof d.weight === 'number' ? d.weight : 0),
    0,
  );
  return (
    <div className="rs-rule__backends">
      {destinations.length > 1 && total !== 100 && (
        <p className="rs-inspector__hint" role="status">
          Weights add up to {total}%, not 100%.
        </p>
      )}
      {destinations.map((d, j) => {
        const dest = asRecord(d.destination);
        const at = [...routePath, 'route', j];
        const setOrRemove = (field: FieldPath, value: string | number) =>
          run(
            value === ''
              ? { type: 'removeField', key, path: [...at, ...field] }
              : { type: 'setField', key, path: [...at, ...field], value },
          );
        return (
          <div key={j} className="rs-backend" data-testid="inspector.destination">
            <Field
              label="Host"
              value={text(dest.host)}
              check={(v) => (v ? undefined : 'A destination needs a host.')}
              testId="inspector.field.destinationHost"
              onCommit={(v) => setOrRemove(['destination', 'host'], v)}
            />
            <Field
              label="Subset"
              value={text(dest.subset)}
              testId="inspector.field.destinationSubset"
              onCommit={(v) => setOrRemove(['destination', 'subset'], v)}
            />
            <Field
              label="Weight %"
              value={text(d.weight)}
              check={(v) => (v ? checkPercent(v) : undefined)}
              testId="route.weight"
              onCommit={(v) => setOrRemove(['weight'], v ? Number(v) : '')}
            />
            <button
              type="button"
              className="rs-inspector__remove"
              onClick={() => run({ type: 'removeField', key, path: at })}
              aria-label="Remove destination"
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
