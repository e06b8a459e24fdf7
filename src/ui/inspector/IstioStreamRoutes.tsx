import { asList, asRecord, getIn, text, type Json } from '../canvas/read-value.ts';
import { CardHead } from './CardHead.tsx';
import { Field } from './Field.tsx';
import { destinationName } from './IstioDestinations.tsx';
import { PartCard } from './PartCard.tsx';
import type { SectionProps } from './section-props.ts';
import { checkPercent } from './validate.ts';
import { backendWeightLabels } from './weight-labels.ts';
import { useWeightControls } from './WeightControls.tsx';

type StreamSection = 'tcp' | 'tls';

/** What a tcp or tls route matches: its ports and SNI hosts. */
function matchSummary(route: Record<string, Json>): string {
  const parts = asList(route.match).flatMap((m) => {
    const match = asRecord(m);
    const port = text(match.port);
    const sni = asList(match.sniHosts).map(text).filter(Boolean);
    return [port && `port ${port}`, sni.length > 0 && `SNI ${sni.join(', ')}`].filter(Boolean);
  });
  return parts.length > 0 ? parts.join(' · ') : 'every connection';
}

/** One VirtualService tcp or tls route: what it matches, its destinations with weights. */
function StreamRoute({
  resource,
  section,
  route,
  index,
  run,
}: Omit<SectionProps, 'connect'> & { section: StreamSection; route: Json; index: number }) {
  const key = resource.key;
  const r = asRecord(route);
  const destinations = asList(r.route).map(asRecord);
  const { split, labels } = backendWeightLabels('istio', r.route);
  const names = destinations.map((d) => destinationName(asRecord(d.destination)));
  const controls = useWeightControls(
    { family: 'istio', key, rule: index, section, split, names },
    run,
  );
  const setWeight = (j: number, weight: number) =>
    run({
      type: 'setBackendWeights',
      key,
      rule: index,
      section,
      weights: split.weights.map((w, i) => (i === j ? weight : w)),
    });
  return (
    <PartCard
      partId={`${key}#${section}/${index}`}
      className="rs-rule"
      testId="inspector.streamRoute"
    >
      <CardHead
        title={
          <span>
            <strong>{text(r.name) || `${section} ${index}`}</strong> {matchSummary(r)}
          </span>
        }
        removeLabel={`Remove ${section} route ${index}`}
        onRemove={() => run({ type: 'removeField', key, path: ['spec', section, index] })}
      />
      {destinations.map((d, j) => {
        const port = text(getIn(d, ['destination', 'port', 'number']));
        return (
          <div key={j} className="rs-backend" data-testid="inspector.destination">
            <span className="rs-backend__name">
              {names[j]}
              {port && `:${port}`}
            </span>
            {destinations.length > 1 && (
              <Field
                label={labels[j]!}
                value={text(d.weight)}
                check={(v) => (v ? checkPercent(v) : undefined)}
                testId="route.weight"
                onCommit={(v) => setWeight(j, Number(v || 0))}
              />
            )}
            {controls.slider(j)}
          </div>
        );
      })}
      {controls.tools}
    </PartCard>
  );
}

/** A VirtualService's tcp and tls routes (matched in order), each with its weights. */
export function IstioStreamRoutes({ resource, run }: Omit<SectionProps, 'connect'>) {
  const spec = asRecord(resource.value.spec);
  return (['tcp', 'tls'] as const).map((section) => {
    const routes = asList(spec[section]);
    if (routes.length === 0) return null;
    return (
      <section key={section} className="rs-inspector__section">
        <h3>{section.toUpperCase()} routes (matched in order)</h3>
        {routes.map((route, i) => (
          <StreamRoute
            key={i}
            resource={resource}
            section={section}
            route={route}
            index={i}
            run={run}
          />
        ))}
      </section>
    );
  });
}
