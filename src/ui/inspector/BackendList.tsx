import { asList, asRecord, text, type Json } from '../canvas/read-value.ts';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { selectServices } from './design-lists.ts';
import { Field } from './Field.tsx';
import { withNewService } from './new-service.ts';
import { Picker } from './Picker.tsx';
import type { SectionProps } from './section-props.ts';
import { checkWeight } from './validate.ts';
import { backendWeightLabels } from './weight-labels.ts';
import { useWeightControls } from './WeightControls.tsx';

const NEW_SERVICE = 'new';

/**
 * A rule's backends with their weights (and share of the traffic), share sliders and locks; add
 * one from the design's Services (or a new one), remove one. In a two-way split that adds up to
 * 100, typing one weight sets the other to the rest.
 */
export function BackendList({
  resource,
  backendRefs,
  rule,
  run,
  connect,
}: SectionProps & { backendRefs: Json; rule: number }) {
  const store = useDesignStoreApi();
  const services = useDesign(selectServices);
  const key = resource.key;
  const backends = asList(backendRefs).map(asRecord);
  const { split, labels } = backendWeightLabels('gateway-api', backendRefs);
  const controls = useWeightControls(
    { family: 'gateway-api', key, rule, split, names: backends.map((b) => text(b.name)) },
    run,
  );
  const addBackend = (choice: string) => {
    if (choice !== NEW_SERVICE) return connect(`${key}#rule/${rule}`, choice);
    const { design, activeFile } = store.getState();
    run(
      withNewService(design, activeFile, resource, (backend) => ({
        type: 'addBackend',
        key,
        rule,
        backend,
      })),
    );
  };
  return (
    <div className="rs-rule__backends">
      {backends.length === 0 && (
        <p className="rs-inspector__hint">No backends yet: add a Service.</p>
      )}
      {backends.map((b, j) => (
        <div key={j} className="rs-backend" data-testid="inspector.backend">
          <span className="rs-backend__name">
            {text(b.namespace) && `${text(b.namespace)}/`}
            {text(b.name)}
            {text(b.port) && `:${text(b.port)}`}
          </span>
          <Field
            label={labels[j]!}
            value={String(split.weights[j])}
            check={checkWeight}
            testId="route.weight"
            onCommit={(w) =>
              run({
                type: 'setBackendWeight',
                key,
                rule,
                backend: j,
                weight: Number(w),
                balance: true,
              })
            }
          />
          {controls.slider(j)}
          <button
            type="button"
            className="rs-inspector__remove"
            onClick={() => run({ type: 'removeBackend', key, rule, backend: j })}
            aria-label={`Remove backend ${text(b.name)}`}
          >
            ×
          </button>
        </div>
      ))}
      {controls.tools}
      <Picker
        title="Add backend…"
        testId="inspector.addBackend"
        options={[
          ...services.map((s) => ({
            value: s.key,
            label: `Service ${s.namespace === resource.namespace ? s.name : `${s.namespace}/${s.name}`}`,
          })),
          { value: NEW_SERVICE, label: 'New Service' },
        ]}
        onPick={addBackend}
      />
    </div>
  );
}
