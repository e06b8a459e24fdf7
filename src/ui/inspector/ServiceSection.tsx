import { asList, asRecord, text } from '../canvas/read-value.ts';
import { CardHead } from './CardHead.tsx';
import { Field } from './Field.tsx';
import { LabelsField } from './LabelsField.tsx';
import { setOrRemove } from './list-commands.ts';
import type { SectionProps } from './section-props.ts';
import { checkDnsLabel, checkPort } from './validate.ts';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;

/** A targetPort: a port number or the name of a container port. */
function checkTargetPort(value: string): string | undefined {
  if (!value) return undefined;
  return /^\d+$/.test(value) ? checkPort(value) : checkDnsLabel(value);
}

function freePort(taken: readonly number[]): number {
  let port = 8080;
  while (taken.includes(port)) port++;
  return port;
}

/**
 * A Service: its selector (which Pods it sends to) and ports. Changing a port number takes the
 * backendRefs and destinations that named it along.
 */
export function ServiceSection({ resource, run }: SectionProps) {
  const key = resource.key;
  const spec = asRecord(resource.value.spec);
  const ports = asList(spec.ports).map(asRecord);
  const set = (i: number, field: string, value: string | number) =>
    run(setOrRemove(key, ['spec', 'ports', i, field], value));
  return (
    <>
      <section className="rs-inspector__section">
        <LabelsField
          resource={resource}
          run={run}
          path={['spec', 'selector']}
          label="Selector (Pod labels k=v, …)"
          optional
          placeholder="none: endpoints are managed by hand"
          testId="inspector.field.selector"
        />
      </section>
      <section className="rs-inspector__section">
        <h3>Ports</h3>
        {ports.map((p, i) => (
          <div key={i} className="rs-rule" data-testid="inspector.servicePort">
            <CardHead
              title={<strong>{text(p.name) || `port ${i}`}</strong>}
              removeLabel={`Remove port ${text(p.name) || text(p.port)}`}
              onRemove={() =>
                run({
                  type: 'removeField',
                  key,
                  path: ports.length > 1 ? ['spec', 'ports', i] : ['spec', 'ports'],
                })
              }
            />
            <div className="rs-field-row">
              <Field
                label="Name"
                value={text(p.name)}
                check={(v) => (v ? checkDnsLabel(v) : undefined)}
                testId="inspector.field.servicePortName"
                onCommit={(v) => set(i, 'name', v)}
              />
              <Field
                label="Port"
                value={text(p.port)}
                check={checkPort}
                testId="inspector.field.servicePort"
                onCommit={(v) => run({ type: 'setServicePort', key, index: i, port: Number(v) })}
              />
            </div>
            <div className="rs-field-row">
              <Field
                label="Target port"
                value={text(p.targetPort)}
                check={checkTargetPort}
                placeholder="same as port"
                testId="inspector.field.targetPort"
                onCommit={(v) => set(i, 'targetPort', /^\d+$/.test(v) ? Number(v) : v)}
              />
              <Field
                label="Protocol"
                value={text(p.protocol) || 'TCP'}
                options={PROTOCOLS}
                testId="inspector.field.servicePortProtocol"
                onCommit={(v) => set(i, 'protocol', v)}
              />
            </div>
          </div>
        ))}
        <button
          type="button"
          data-testid="inspector.addServicePort"
          onClick={() => {
            const port = freePort(ports.map((p) => Number(p.port)));
            run({
              type: 'setField',
              key,
              path: ['spec', 'ports', ports.length],
              value: { name: `port-${port}`, port },
            });
          }}
        >
          Add port
        </button>
      </section>
    </>
  );
}
