import { asList, asRecord, getIn, text } from '../canvas/read-value.ts';
import { useDesign } from '../state/store-context.tsx';
import { istioHostOf, selectServices } from './design-lists.ts';
import { Field } from './Field.tsx';
import { LabelsField } from './LabelsField.tsx';
import { emptiedPath } from './list-commands.ts';
import { PartCard } from './PartCard.tsx';
import type { PartProps, SectionProps } from './section-props.ts';
import { checkDnsLabel } from './validate.ts';

const TLS_MODES = ['', 'DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'] as const;
const LOAD_BALANCERS = ['', 'ROUND_ROBIN', 'LEAST_REQUEST', 'RANDOM', 'PASSTHROUGH'] as const;

function freeSubsetName(taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`v${n}`)) return `v${n}`;
}

/** The traffic policy basics: TLS to the upstream and the load balancer (empty: mesh default). */
function TrafficPolicy({ resource, run }: PartProps) {
  const key = resource.key;
  const policy = asRecord(asRecord(resource.value.spec).trafficPolicy);
  const set = (field: string[], value: string) => {
    const path = ['spec', 'trafficPolicy', ...field];
    run(
      value
        ? { type: 'setField', key, path, value }
        : { type: 'removeField', key, path: emptiedPath(resource.value, path) },
    );
  };
  return (
    <div className="rs-field-row">
      <Field
        label="TLS to the upstream"
        value={text(getIn(policy, ['tls', 'mode']))}
        options={TLS_MODES}
        testId="inspector.field.drTlsMode"
        onCommit={(v) => set(['tls', 'mode'], v)}
      />
      <Field
        label="Load balancer"
        value={text(getIn(policy, ['loadBalancer', 'simple']))}
        options={LOAD_BALANCERS}
        testId="inspector.field.loadBalancer"
        onCommit={(v) => set(['loadBalancer', 'simple'], v)}
      />
    </div>
  );
}

/**
 * DestinationRule: the host (a Service of the design or any host), its traffic policy basics
 * and its subsets. Renaming a subset takes the destinations routing to it along.
 */
export function DestinationRuleSection({ resource, run }: SectionProps) {
  const services = useDesign(selectServices);
  const key = resource.key;
  const spec = asRecord(resource.value.spec);
  const subsets = asList(spec.subsets).map(asRecord);
  return (
    <section className="rs-inspector__section">
      <Field
        label="Host"
        value={text(spec.host)}
        check={(v) => (v ? undefined : 'Required.')}
        suggestions={services.map((s) => ({
          value: istioHostOf(s, resource.namespace),
          hint: 'Service',
        }))}
        testId="inspector.field.host"
        onCommit={(v) => run({ type: 'setField', key, path: ['spec', 'host'], value: v })}
      />
      <h3>Traffic policy</h3>
      <TrafficPolicy resource={resource} run={run} />
      <h3>Subsets</h3>
      {subsets.map((s, i) => {
        const name = text(s.name);
        return (
          <PartCard
            key={i}
            partId={`${key}#subset/${name}`}
            className="rs-backend"
            testId="inspector.subset"
          >
            <Field
              label="Name"
              value={name}
              check={checkDnsLabel}
              testId="inspector.field.subsetName"
              onCommit={(to) => run({ type: 'renameSubset', key, name, to })}
            />
            <LabelsField
              resource={resource}
              run={run}
              path={['spec', 'subsets', i, 'labels']}
              label="Labels (k=v, …)"
              testId="inspector.field.subsetLabels"
            />
            <button
              type="button"
              className="rs-inspector__remove"
              onClick={() => run({ type: 'removeField', key, path: ['spec', 'subsets', i] })}
              aria-label={`Remove subset ${name}`}
            >
              ×
            </button>
          </PartCard>
        );
      })}
      <button
        type="button"
        data-testid="inspector.addSubset"
        onClick={() => {
          const name = freeSubsetName(subsets.map((s) => text(s.name)));
          run({ type: 'addSubset', key, subset: { name, labels: { version: name } } });
        }}
      >
        Add subset
      </button>
    </section>
  );
}
