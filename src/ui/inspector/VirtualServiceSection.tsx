import { asList, asRecord, text } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import { IstioRouteEditor } from './IstioRouteEditor.tsx';
import type { SectionProps } from './section-props.ts';
import { splitList } from './validate.ts';

/** VirtualService: hosts, gateways, and its http routes (matched in order). */
export function VirtualServiceSection({ resource, run }: SectionProps) {
  const key = resource.key;
  const spec = asRecord(resource.value.spec);
  return (
    <>
      <section className="rs-inspector__section">
        <Field
          label="Hosts (comma separated)"
          value={asList(spec.hosts).map(text).join(', ')}
          check={(v) => (splitList(v).length ? undefined : 'A VirtualService needs a host.')}
          testId="inspector.field.hosts"
          onCommit={(v) =>
            run({ type: 'setField', key, path: ['spec', 'hosts'], value: splitList(v) })
          }
        />
        <Field
          label="Gateways (comma separated; mesh for sidecars)"
          value={asList(spec.gateways).map(text).join(', ')}
          testId="inspector.field.gateways"
          onCommit={(v) =>
            splitList(v).length
              ? run({ type: 'setField', key, path: ['spec', 'gateways'], value: splitList(v) })
              : run({ type: 'removeField', key, path: ['spec', 'gateways'] })
          }
        />
      </section>
      <section className="rs-inspector__section">
        <h3>HTTP routes (matched in order)</h3>
        {asList(spec.http).map((route, i) => (
          <IstioRouteEditor key={i} resource={resource} route={route} index={i} run={run} />
        ))}
        <button
          type="button"
          data-testid="inspector.addRule"
          onClick={() => run({ type: 'addRule', key })}
        >
          Add http route
        </button>
      </section>
    </>
  );
}
