import { asList, asRecord, text } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import { PartCard } from './PartCard.tsx';
import type { SectionProps } from './section-props.ts';
import { checkDnsLabel, splitList } from './validate.ts';

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
        <PartCard
          key={i}
          partId={`${key}#subset/${text(s.name)}`}
          className="rs-backend"
          testId="inspector.subset"
        >
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
        </PartCard>
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
