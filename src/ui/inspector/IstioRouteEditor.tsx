import { asList, asRecord, getIn, text, type Json } from '../canvas/read-value.ts';
import { useDesign } from '../state/store-context.tsx';
import { CardHead } from './CardHead.tsx';
import { Field } from './Field.tsx';
import { IstioDestinations } from './IstioDestinations.tsx';
import { IstioMatchEditor } from './IstioMatchEditor.tsx';
import { setOrRemove } from './list-commands.ts';
import { PartCard } from './PartCard.tsx';
import type { SectionProps } from './section-props.ts';
import { checkIstioDuration, checkPercentDecimal } from './validate.ts';
import { istioHostOf, selectServices } from './design-lists.ts';

/** One VirtualService http route: matches, destinations, timeout, retries, mirror. */
export function IstioRouteEditor({
  resource,
  route,
  index,
  run,
  connect,
}: SectionProps & { route: Json; index: number }) {
  const services = useDesign(selectServices);
  const key = resource.key;
  const r = asRecord(route);
  const at = ['spec', 'http', index];
  const set = (field: (string | number)[], value: string | number) =>
    run(setOrRemove(key, [...at, ...field], value));
  const hosts = services.map((s) => istioHostOf(s, resource.namespace));
  return (
    <PartCard partId={`${key}#http/${index}`} className="rs-rule" testId="inspector.istioRoute">
      <CardHead
        title={<strong>{text(r.name) || `http ${index}`}</strong>}
        removeLabel={`Remove http route ${index}`}
        onRemove={() => run({ type: 'removeRule', key, rule: index })}
      />
      {asList(r.match).map((match, j) => (
        <div key={j} className="rs-rule__match" data-testid="inspector.match">
          <CardHead
            title={<span>Match {j + 1}</span>}
            removeLabel="Remove match"
            onRemove={() => run({ type: 'removeMatch', key, rule: index, match: j })}
          />
          <IstioMatchEditor resourceKey={key} match={match} path={[...at, 'match', j]} run={run} />
        </div>
      ))}
      <button
        type="button"
        data-testid="inspector.addMatch"
        onClick={() => run({ type: 'addMatch', key, rule: index, match: { uri: { prefix: '/' } } })}
      >
        Add match
      </button>
      <IstioDestinations
        resource={resource}
        route={route}
        path={at}
        index={index}
        run={run}
        connect={connect}
      />
      <Field
        label="Timeout"
        value={text(r.timeout)}
        check={(v) => (v ? checkIstioDuration(v) : undefined)}
        placeholder="none"
        testId="inspector.field.timeout"
        onCommit={(v) => set(['timeout'], v)}
      />
      <Field
        label="Retry attempts"
        value={text(getIn(r, ['retries', 'attempts']))}
        check={(v) => (!v || /^\d+$/.test(v) ? undefined : 'Attempts must be a whole number.')}
        placeholder="mesh default"
        testId="inspector.field.retryAttempts"
        onCommit={(v) => set(['retries', 'attempts'], v ? Number(v) : '')}
      />
      <Field
        label="Per-try timeout"
        value={text(getIn(r, ['retries', 'perTryTimeout']))}
        check={(v) => (v ? checkIstioDuration(v) : undefined)}
        testId="inspector.field.retryPerTryTimeout"
        onCommit={(v) => set(['retries', 'perTryTimeout'], v)}
      />
      <Field
        label="Retry on"
        value={text(getIn(r, ['retries', 'retryOn']))}
        placeholder="e.g. 5xx,reset,connect-failure"
        testId="inspector.field.retryOn"
        onCommit={(v) => set(['retries', 'retryOn'], v.replace(/\s+/g, ''))}
      />
      <Field
        label="Mirror to"
        value={text(getIn(r, ['mirror', 'host']))}
        options={['', ...hosts]}
        testId="inspector.field.mirrorHost"
        onCommit={(v) =>
          run(
            v
              ? { type: 'setField', key, path: [...at, 'mirror'], value: { host: v } }
              : { type: 'removeField', key, path: [...at, 'mirror'] },
          )
        }
      />
      {text(getIn(r, ['mirror', 'host'])) && (
        <Field
          label="Mirror percent"
          value={text(getIn(r, ['mirrorPercentage', 'value']))}
          check={(v) => (v ? checkPercentDecimal(v) : undefined)}
          placeholder="100"
          testId="inspector.field.mirrorPercentage"
          onCommit={(v) =>
            run(
              v
                ? {
                    type: 'setField',
                    key,
                    path: [...at, 'mirrorPercentage'],
                    value: { value: Number(v) },
                  }
                : { type: 'removeField', key, path: [...at, 'mirrorPercentage'] },
            )
          }
        />
      )}
    </PartCard>
  );
}
