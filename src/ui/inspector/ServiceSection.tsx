import { asList, asRecord, text } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import type { SectionProps } from './section-props.ts';
import { checkPort } from './validate.ts';

/** Service ports (the port backends and destinations refer to). */
export function ServiceSection({ resource, run }: SectionProps) {
  const key = resource.key;
  const ports = asList(asRecord(resource.value.spec).ports).map(asRecord);
  return (
    <section className="rs-inspector__section">
      <h3>Ports</h3>
      {ports.map((p, i) => (
        <Field
          key={i}
          label={text(p.name) || `port ${i}`}
          value={text(p.port)}
          check={checkPort}
          testId="inspector.field.servicePort"
          onCommit={(v) =>
            run({ type: 'setField', key, path: ['spec', 'ports', i, 'port'], value: Number(v) })
          }
        />
      ))}
      <button
        type="button"
        onClick={() =>
          run({
            type: 'setField',
            key,
            path: ['spec', 'ports', ports.length],
            value: { name: `port-${ports.length + 1}`, port: 8080 },
          })
        }
      >
        Add port
      </button>
    </section>
  );
}
