import type { Command } from '../../core/commands/types.ts';
import type { FieldPath } from '../../core/diagnostics.ts';
import { asRecord, text, type Json } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import { checkGatewayDuration } from './validate.ts';

/** An HTTPRoute rule's timeouts: the whole request, and each try at the backend. */
export function TimeoutsEditor({
  resourceKey: key,
  timeouts,
  path,
  run,
}: {
  resourceKey: string;
  timeouts: Json;
  /** Path of the rule's `timeouts` field. */
  path: FieldPath;
  run(command: Command): void;
}) {
  const t = asRecord(timeouts);
  const field = (name: 'request' | 'backendRequest', label: string) => (
    <Field
      label={label}
      value={text(t[name])}
      check={(v) => (v ? checkGatewayDuration(v) : undefined)}
      placeholder="implementation default"
      testId={`inspector.field.${name}Timeout`}
      onCommit={(v) =>
        run(
          v
            ? { type: 'setField', key, path: [...path, name], value: v }
            : {
                type: 'removeField',
                key,
                path: Object.keys(t).length > 1 ? [...path, name] : path,
              },
        )
      }
    />
  );
  return (
    <div className="rs-timeouts">
      {field('request', 'Request timeout')}
      {field('backendRequest', 'Backend request timeout')}
    </div>
  );
}
