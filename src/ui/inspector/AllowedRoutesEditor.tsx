import type { FieldPath } from '../../core/diagnostics.ts';
import { GATEWAY_GROUP } from '../../core/model/kinds.ts';
import { asList, asRecord, getIn, text, type Json } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import { LabelsField } from './LabelsField.tsx';
import { emptiedPath } from './list-commands.ts';
import type { PartProps } from './section-props.ts';

/** Route kinds a listener of a protocol can take (the Gateway API's defaults per protocol). */
const KINDS_FOR: Record<string, readonly string[]> = {
  HTTP: ['HTTPRoute', 'GRPCRoute'],
  HTTPS: ['HTTPRoute', 'GRPCRoute'],
  TLS: ['TLSRoute'],
  TCP: ['TCPRoute'],
  UDP: ['UDPRoute'],
};
const FROM = ['Same', 'All', 'Selector'] as const;

/**
 * Which routes may attach to a listener: from which namespaces (its own, all, or those whose
 * labels match a selector) and of which kinds (none ticked: every kind the protocol takes).
 */
export function AllowedRoutesEditor({
  resource,
  run,
  allowedRoutes,
  path,
  protocol,
}: PartProps & {
  allowedRoutes: Readonly<Record<string, Json>>;
  /** Path of `allowedRoutes` in the resource. */
  path: FieldPath;
  protocol: string;
}) {
  const key = resource.key;
  const from = text(getIn(allowedRoutes, ['namespaces', 'from'])) || 'Same';
  const kinds = asList(allowedRoutes.kinds).map((k) => text(asRecord(k).kind));
  const offered = KINDS_FOR[protocol] ?? [];
  const remove = (field: 'namespaces' | 'kinds') =>
    run({ type: 'removeField', key, path: emptiedPath(resource.value, [...path, field]) });
  const setFrom = (value: string) =>
    value === 'Same'
      ? remove('namespaces')
      : run({
          type: 'setField',
          key,
          path: [...path, 'namespaces'],
          value:
            value === 'Selector'
              ? { from: value, selector: { matchLabels: { shared: 'true' } } }
              : { from: value },
        });
  const toggleKind = (kind: string, on: boolean) => {
    const next = on ? [...kinds, kind] : kinds.filter((k) => k !== kind);
    if (next.length === 0) return remove('kinds');
    run({
      type: 'setField',
      key,
      path: [...path, 'kinds'],
      value: next.map((k) => ({ group: GATEWAY_GROUP, kind: k })),
    });
  };
  return (
    <div className="rs-subgroup" data-testid="inspector.allowedRoutes">
      <Field
        label="Routes from namespaces"
        value={from}
        options={FROM}
        testId="inspector.field.allowedFrom"
        onCommit={setFrom}
      />
      {from === 'Selector' && (
        <LabelsField
          resource={resource}
          run={run}
          path={[...path, 'namespaces', 'selector', 'matchLabels']}
          label="Namespace labels (k=v, …)"
          testId="inspector.field.allowedSelector"
        />
      )}
      {offered.length > 1 && (
        <fieldset className="rs-checks">
          <legend>Route kinds (none ticked: all)</legend>
          {offered.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                data-testid={`inspector.field.allowedKind.${kind}`}
                onChange={(e) => toggleKind(kind, e.target.checked)}
              />
              {kind}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
