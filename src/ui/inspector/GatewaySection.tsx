import type { Resource } from '../../core/model/resource.ts';
import { asList, asRecord, text } from '../canvas/read-value.ts';
import { useDesign } from '../state/store-context.tsx';
import { selectGatewayClasses } from './design-lists.ts';
import { Field } from './Field.tsx';
import { ListenerCard } from './ListenerCard.tsx';
import type { PartProps, SectionProps } from './section-props.ts';
import { checkDnsSubdomain } from './validate.ts';

function freeListenerName(taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? 'listener' : `listener-${n}`;
    if (!taken.includes(name)) return name;
  }
}

/** A Gateway's class: one of the design's GatewayClasses, or any name typed in. */
function GatewayClassField({ resource, run }: PartProps) {
  const classes = useDesign(selectGatewayClasses);
  const suggestions = classes.map((c: Resource) => ({
    value: c.name,
    hint: text(asRecord(c.value.spec).controllerName),
  }));
  return (
    <Field
      label="Gateway class"
      value={text(asRecord(resource.value.spec).gatewayClassName)}
      check={checkDnsSubdomain}
      suggestions={suggestions}
      testId="inspector.field.gatewayClassName"
      onCommit={(value) =>
        run({ type: 'setField', key: resource.key, path: ['spec', 'gatewayClassName'], value })
      }
    />
  );
}

/** Gateway or ListenerSet: the Gateway's class, then listeners (add, edit, remove). */
export function GatewaySection({ resource, run }: SectionProps) {
  const listeners = asList(asRecord(resource.value.spec).listeners).map(asRecord);
  return (
    <>
      {resource.kind === 'Gateway' && (
        <section className="rs-inspector__section">
          <GatewayClassField resource={resource} run={run} />
        </section>
      )}
      <section className="rs-inspector__section">
        <h3>Listeners</h3>
        {listeners.map((listener, i) => (
          <ListenerCard key={i} resource={resource} run={run} listener={listener} index={i} />
        ))}
        <button
          type="button"
          data-testid="inspector.addListener"
          onClick={() =>
            run({
              type: 'addListener',
              key: resource.key,
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
    </>
  );
}
