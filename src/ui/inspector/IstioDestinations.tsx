import type { FieldPath } from '../../core/diagnostics.ts';
import { resolveServiceHost } from '../../core/graph/istio-hosts.ts';
import type { Resource } from '../../core/model/resource.ts';
import { asList, asRecord, text, type Json } from '../canvas/read-value.ts';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { istioHostOf, selectDestinationRules, selectServices } from './design-lists.ts';
import { Field } from './Field.tsx';
import { setOrRemove } from './list-commands.ts';
import { withNewService } from './new-service.ts';
import { Picker, type PickerOption } from './Picker.tsx';
import type { SectionProps } from './section-props.ts';
import { checkPercent } from './validate.ts';
import { backendWeightLabels } from './weight-labels.ts';
import { useWeightControls } from './WeightControls.tsx';

const NEW_SERVICE = 'new';

/** The subsets DestinationRules define for the Service `host` names (seen from `namespace`). */
function subsetsOf(rules: readonly Resource[], host: string, namespace: string): string[] {
  if (!host) return [];
  const service = resolveServiceHost(host, namespace).key;
  return rules
    .filter((dr) => {
      const drHost = text(asRecord(dr.value.spec).host);
      return drHost && resolveServiceHost(drHost, dr.namespace ?? '').key === service;
    })
    .flatMap((dr) => asList(asRecord(dr.value.spec).subsets).map((s) => text(asRecord(s).name)))
    .filter(Boolean);
}

/** `reviews · v2`: a destination's host and subset, as the sliders name it. */
export function destinationName(destination: Record<string, Json>): string {
  const subset = text(destination.subset);
  return subset ? `${text(destination.host)} · ${subset}` : text(destination.host);
}

/** What a route can be sent to: Services and DestinationRule subsets, as graph node ids. */
function destinationOptions(
  services: readonly Resource[],
  rules: readonly Resource[],
  vs: Resource,
): PickerOption[] {
  const subsets = rules.flatMap((dr) => {
    const host = text(asRecord(dr.value.spec).host);
    return asList(asRecord(dr.value.spec).subsets)
      .map((s) => text(asRecord(s).name))
      .filter(Boolean)
      .map((name) => ({ value: `${dr.key}#subset/${name}`, label: `${host} · subset ${name}` }));
  });
  return [
    ...subsets,
    ...services.map((s) => ({ value: s.key, label: `Service ${istioHostOf(s, vs.namespace)}` })),
    { value: NEW_SERVICE, label: 'New Service' },
  ];
}

/**
 * A VirtualService http route's destinations: host (a Service of the design or any host), subset
 * (one the host's DestinationRules define), weight in percent; add one (a subset, a Service, a
 * new Service) or remove one. In a two-way split, setting one weight sets the other to the rest.
 */
export function IstioDestinations({
  resource,
  route,
  path: routePath,
  index,
  run,
  connect,
}: SectionProps & {
  route: Json;
  /** Path of the http route inside the resource. */
  path: FieldPath;
  index: number;
}) {
  const store = useDesignStoreApi();
  const services = useDesign(selectServices);
  const rules = useDesign(selectDestinationRules);
  const key = resource.key;
  const namespace = resource.namespace ?? '';
  const destinations = asList(asRecord(route).route).map(asRecord);
  const { split, labels } = backendWeightLabels('istio', asRecord(route).route);
  const total = split.total;
  const controls = useWeightControls(
    {
      family: 'istio',
      key,
      rule: index,
      split,
      names: destinations.map((d) => destinationName(asRecord(d.destination))),
    },
    run,
  );
  const hosts = services.map((s) => ({
    value: istioHostOf(s, resource.namespace),
    hint: 'Service',
  }));
  const addDestination = (choice: string) => {
    if (choice !== NEW_SERVICE) return connect(`${key}#http/${index}`, choice);
    const { design, activeFile } = store.getState();
    run(
      withNewService(design, activeFile, resource, (backend) => ({
        type: 'addBackend',
        key,
        rule: index,
        backend,
      })),
    );
  };
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
        const set = (field: FieldPath, value: string) =>
          run(setOrRemove(key, [...at, ...field], value));
        const subsets = subsetsOf(rules, text(dest.host), namespace);
        return (
          <div key={j} className="rs-destination" data-testid="inspector.destination">
            <Field
              label="Host"
              value={text(dest.host)}
              check={(v) => (v ? undefined : 'A destination needs a host.')}
              suggestions={hosts}
              testId="inspector.field.destinationHost"
              onCommit={(v) => set(['destination', 'host'], v)}
            />
            <div className="rs-field-row">
              <Field
                label="Subset"
                value={text(dest.subset)}
                options={['', ...subsets]}
                testId="inspector.field.destinationSubset"
                onCommit={(v) => set(['destination', 'subset'], v)}
              />
              <Field
                label={labels[j]!}
                value={text(d.weight)}
                check={(v) => (v ? checkPercent(v) : undefined)}
                testId="route.weight"
                onCommit={(v) =>
                  v
                    ? run({
                        type: 'setBackendWeight',
                        key,
                        rule: index,
                        backend: j,
                        weight: Number(v),
                        balance: true,
                      })
                    : set(['weight'], '')
                }
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
            {controls.slider(j)}
          </div>
        );
      })}
      {controls.tools}
      <Picker
        title="Route to…"
        testId="inspector.addDestination"
        options={destinationOptions(services, rules, resource)}
        onPick={addDestination}
      />
    </div>
  );
}
