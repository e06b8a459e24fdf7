import { asList, asRecord, text } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import type { SectionProps } from './section-props.ts';
import { checkDnsLabel, checkPercent, splitList } from './validate.ts';

/** VirtualService: hosts, gateways, and each http route's destinations (host, subset, weight). */
export function VirtualServiceSection({ resource, run }: SectionProps) {
  const key = resource.key;
  const spec = asRecord(resource.value.spec);
  const routes = asList(spec.http).map(asRecord);
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
        {routes.map((route, i) => (
          <div key={i} className="rs-rule" data-testid="inspector.istioRoute">
            <strong>{text(route.name) || `http ${i}`}</strong>
            {asList(route.route).map((d, j) => {
              const dest = asRecord(asRecord(d).destination);
              const at = ['spec', 'http', i, 'route', j];
              return (
                <div key={j} className="rs-backend">
                  <Field
                    label="Host"
                    value={text(dest.host)}
                    check={(v) => (v ? undefined : 'Required.')}
                    testId="inspector.field.destinationHost"
                    onCommit={(v) =>
                      run({ type: 'setField', key, path: [...at, 'destination', 'host'], value: v })
                    }
                  />
                  <Field
                    label="Subset"
                    value={text(dest.subset)}
                    testId="inspector.field.destinationSubset"
                    onCommit={(v) =>
                      v
                        ? run({
                            type: 'setField',
                            key,
                            path: [...at, 'destination', 'subset'],
                            value: v,
                          })
                        : run({ type: 'removeField', key, path: [...at, 'destination', 'subset'] })
                    }
                  />
                  <Field
                    label="Weight %"
                    value={text(asRecord(d).weight)}
                    check={(v) => (v ? checkPercent(v) : undefined)}
                    testId="route.weight"
                    onCommit={(v) =>
                      v
                        ? run({ type: 'setField', key, path: [...at, 'weight'], value: Number(v) })
                        : run({ type: 'removeField', key, path: [...at, 'weight'] })
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
              );
            })}
          </div>
        ))}
      </section>
    </>
  );
}

function labelsText(labels: unknown): string {
  return Object.entries(asRecord(labels))
    .map(([k, v]) => `${k}=${text(v)}`)
    .join(', ');
}

function parseLabels(value: string): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  for (const pair of splitList(value)) {
    const [k, v, ...rest] = pair.split('=');
    if (!k || v === undefined || rest.length) return undefined;
    labels[k] = v;
  }
  return labels;
}

/** DestinationRule: host and subsets (name, labels); add and remove subsets. */
export function DestinationRuleSection({ resource, run }: SectionProps) {
  const key = resource.key;
  const spec = asRecord(resource.value.spec);
  const subsets = asList(spec.subsets).map(asRecord);
  return (
    <section className="rs-inspector__section">
      <Field
        label="Host"
        value={text(spec.host)}
        check={(v) => (v ? undefined : 'Required.')}
        testId="inspector.field.host"
        onCommit={(v) => run({ type: 'setField', key, path: ['spec', 'host'], value: v })}
      />
      <h3>Subsets</h3>
      {subsets.map((s, i) => (
        <div key={i} className="rs-backend" data-testid="inspector.subset">
          <Field
            label="Name"
            value={text(s.name)}
            check={checkDnsLabel}
            testId="inspector.field.subsetName"
            onCommit={(v) =>
              run({ type: 'setField', key, path: ['spec', 'subsets', i, 'name'], value: v })
            }
          />
          <Field
            label="Labels (k=v, …)"
            value={labelsText(s.labels)}
            check={(v) =>
              parseLabels(v) ? undefined : 'Write labels as key=value, separated by commas.'
            }
            testId="inspector.field.subsetLabels"
            onCommit={(v) =>
              run({
                type: 'setField',
                key,
                path: ['spec', 'subsets', i, 'labels'],
                value: parseLabels(v)!,
              })
            }
          />
          <button
            type="button"
            className="rs-inspector__remove"
            onClick={() => run({ type: 'removeField', key, path: ['spec', 'subsets', i] })}
            aria-label={`Remove subset ${text(s.name)}`}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        data-testid="inspector.addSubset"
        onClick={() =>
          run({
            type: 'setField',
            key,
            path: ['spec', 'subsets', subsets.length],
            value: {
              name: `v${subsets.length + 1}`,
              labels: { version: `v${subsets.length + 1}` },
            },
          })
        }
      >
        Add subset
      </button>
    </section>
  );
}
