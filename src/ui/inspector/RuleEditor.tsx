import { asList, asRecord, text, type Json } from '../canvas/read-value.ts';
import { BackendList } from './BackendList.tsx';
import { CardHead } from './CardHead.tsx';
import { FilterList } from './FilterList.tsx';
import { GrpcMatchEditor } from './GrpcMatchEditor.tsx';
import { HttpMatchEditor } from './HttpMatchEditor.tsx';
import { PartCard } from './PartCard.tsx';
import type { SectionProps } from './section-props.ts';
import { TimeoutsEditor } from './TimeoutsEditor.tsx';

const MATCH_EDITORS = { HTTPRoute: HttpMatchEditor, GRPCRoute: GrpcMatchEditor } as const;
const NEW_MATCH = {
  HTTPRoute: { path: { type: 'PathPrefix', value: '/' } },
  GRPCRoute: { method: { service: 'example.v1.Service' } },
} as const;

/** One route rule: matches (any may match), filters, timeouts (HTTP), backends with weights. */
export function RuleEditor({
  resource,
  run,
  connect,
  rule,
  index,
}: SectionProps & { rule: Json; index: number }) {
  const r = asRecord(rule);
  const key = resource.key;
  const rulePath = ['spec', 'rules', index];
  const kind = resource.kind as keyof typeof MATCH_EDITORS;
  const MatchEditor = MATCH_EDITORS[kind] as (typeof MATCH_EDITORS)[typeof kind] | undefined;
  const redirects = asList(r.filters).some((f) => asRecord(f).type === 'RequestRedirect');
  return (
    <PartCard partId={`${key}#rule/${index}`} className="rs-rule" testId="inspector.rule">
      <CardHead
        title={<strong>{text(r.name) || `Rule ${index}`}</strong>}
        removeLabel={`Remove rule ${index}`}
        onRemove={() => run({ type: 'removeRule', key, rule: index })}
      />
      {MatchEditor &&
        asList(r.matches).map((match, j) => (
          <div key={j} className="rs-rule__match" data-testid="inspector.match">
            <CardHead
              title={<span>Match {j + 1}</span>}
              removeLabel="Remove match"
              onRemove={() => run({ type: 'removeMatch', key, rule: index, match: j })}
            />
            <MatchEditor
              resourceKey={key}
              match={match}
              path={[...rulePath, 'matches', j]}
              run={run}
            />
          </div>
        ))}
      {MatchEditor && (
        <button
          type="button"
          data-testid="inspector.addMatch"
          onClick={() => run({ type: 'addMatch', key, rule: index, match: NEW_MATCH[kind] })}
        >
          Add match
        </button>
      )}
      <FilterList resource={resource} rule={rule} index={index} run={run} />
      {resource.kind === 'HTTPRoute' && (
        <TimeoutsEditor
          resourceKey={key}
          timeouts={r.timeouts}
          path={[...rulePath, 'timeouts']}
          run={run}
        />
      )}
      {redirects && asList(r.backendRefs).length === 0 ? (
        <p className="rs-inspector__hint">This rule redirects: it sends to no backend.</p>
      ) : (
        <BackendList
          resource={resource}
          backendRefs={r.backendRefs}
          rule={index}
          run={run}
          connect={connect}
        />
      )}
    </PartCard>
  );
}
