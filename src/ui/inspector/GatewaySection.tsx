import { asList, asRecord, text } from '../canvas/read-value.ts';
import { CardHead } from './CardHead.tsx';
import { Field } from './Field.tsx';
import { PartCard } from './PartCard.tsx';
import type { SectionProps } from './section-props.ts';
import { checkDnsLabel, checkHostname, checkPort } from './validate.ts';

const PROTOCOLS = ['HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP'] as const;

function freeListenerName(taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? 'listener' : `listener-${n}`;
    if (!taken.includes(name)) return name;
  }
}

/** Gateway or ListenerSet listeners: name, protocol, port, hostname; add and remove. */
export function GatewaySection({ resource, run }: SectionProps) {
  const key = resource.key;
  const listeners = asList(asRecord(resource.value.spec).listeners).map(asRecord);
  const set = (i: number, field: string, value: string | number) =>
    run({ type: 'setField', key, path: ['spec', 'listeners', i, field], value });
  return (
    <section className="rs-inspector__section">
      <h3>Listeners</h3>
      {listeners.map((l, i) => (
        <PartCard
          key={i}
          partId={`${key}#listener/${text(l.name)}`}
          className="rs-rule"
          testId="inspector.listener"
        >
          <CardHead
            title={<strong>{text(l.name) || `listener ${i}`}</strong>}
            removeLabel={`Remove listener ${text(l.name)}`}
            onRemove={() => run({ type: 'removeListener', key, name: text(l.name) })}
          />
          <Field
            label="Name"
            value={text(l.name)}
            check={checkDnsLabel}
            testId="inspector.field.listenerName"
            onCommit={(v) => set(i, 'name', v)}
          />
          <Field
            label="Protocol"
            value={text(l.protocol)}
            options={PROTOCOLS}
            testId="inspector.field.protocol"
            onCommit={(v) => set(i, 'protocol', v)}
          />
          <Field
            label="Port"
            value={text(l.port)}
            check={checkPort}
            testId="inspector.field.port"
            onCommit={(v) => set(i, 'port', Number(v))}
          />
          <Field
            label="Hostname"
            value={text(l.hostname)}
            check={(v) => (v ? checkHostname(v) : undefined)}
            placeholder="any"
            testId="inspector.field.hostname"
            onCommit={(v) =>
              v
                ? set(i, 'hostname', v)
                : run({ type: 'removeField', key, path: ['spec', 'listeners', i, 'hostname'] })
            }
          />
        </PartCard>
      ))}
      <button
        type="button"
        data-testid="inspector.addListener"
        onClick={() =>
          run({
            type: 'addListener',
            key,
            listener: {
              name: freeListenerName(listeners.map((l) => text(l.name))),
              protocol: 'HTTP',
              port: 80,
            },
          })
        }
      >
        Add listener
      </button>
    </section>
  );
}
