import { asList, asRecord, text } from '../canvas/read-value.ts';
import { useDesign } from '../state/store-context.tsx';
import { nameFrom, selectIstioGateways } from './design-lists.ts';
import { Field } from './Field.tsx';
import { Picker } from './Picker.tsx';
import { IstioRouteEditor } from './IstioRouteEditor.tsx';
import { IstioStreamRoutes } from './IstioStreamRoutes.tsx';
import type { SectionProps } from './section-props.ts';
import { splitList } from './validate.ts';

/** VirtualService: hosts, gateways, its http routes (matched in order), then tcp and tls routes. */
export function VirtualServiceSection({ resource, run, connect }: SectionProps) {
  const key = resource.key;
  const gateways = useDesign(selectIstioGateways);
  const spec = asRecord(resource.value.spec);
  return (
    <>
      <section className="rs-inspector__section">
        <Field
          label="Hosts (comma separated)"
          value={asList(spec.hosts).map(text).join(', ')}
          check={(v) => (splitList(v).length ? undefined : 'A VirtualService needs a host.')}
          testId="inspector.field.hosts"
          onCommit={(v) => run({ type: 'setHostnames', key, hostnames: splitList(v) })}
        />
        <Field
          label="Gateways (comma separated; mesh for sidecars)"
          value={asList(spec.gateways).map(text).join(', ')}
          testId="inspector.field.gateways"
          onCommit={(v) =>
            run({ type: 'setList', key, path: ['spec', 'gateways'], values: splitList(v) })
          }
        />
        <Picker
          title="Attach to…"
          testId="inspector.attachParent"
          options={gateways.map((g) => ({
            value: g.key,
            label: `Gateway ${nameFrom(resource.namespace, g)}`,
          }))}
          onPick={(target) => connect(key, target)}
        />
      </section>
      <section className="rs-inspector__section">
        <h3>HTTP routes (matched in order)</h3>
        {asList(spec.http).map((route, i) => (
          <IstioRouteEditor
            key={i}
            resource={resource}
            route={route}
            index={i}
            run={run}
            connect={connect}
          />
        ))}
        <button
          type="button"
          data-testid="inspector.addRule"
          onClick={() => run({ type: 'addRule', key })}
        >
          Add http route
        </button>
      </section>
      <IstioStreamRoutes resource={resource} run={run} />
    </>
  );
}
