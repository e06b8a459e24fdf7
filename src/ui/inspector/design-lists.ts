import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP } from '../../core/model/kinds.ts';
import type { Resource } from '../../core/model/resource.ts';
import type { DesignState } from '../../store/index.ts';
import type { Suggestion } from './Suggestions.tsx';

/**
 * A selector of the design's resources that pass `keep`, computed once per design object and
 * returning the previous array while its members are the same: the store notifies on every
 * change (selection, analysis, positions) and a 1,000-route design should not re-filter and
 * re-compare its resources each time.
 */
function resourcesWhere(keep: (r: Resource) => boolean): (s: DesignState) => readonly Resource[] {
  let design: DesignState['design'] | undefined;
  let kept: readonly Resource[] = [];
  return (s) => {
    if (s.design === design) return kept;
    design = s.design;
    const next = s.design.resources.filter(keep);
    if (next.length !== kept.length || next.some((r, i) => r !== kept[i])) kept = next;
    return kept;
  };
}

const ofKind = (group: string, kind: string) =>
  resourcesWhere((r) => r.group === group && r.kind === kind);

/** Objects of the design that inspector pickers offer (module scope: stable selectors). */
export const selectServices = ofKind(CORE_GROUP, 'Service');
export const selectSecrets = ofKind(CORE_GROUP, 'Secret');
export const selectGatewayClasses = ofKind(GATEWAY_GROUP, 'GatewayClass');
export const selectDestinationRules = ofKind(ISTIO_GROUP, 'DestinationRule');
export const selectIstioGateways = ofKind(ISTIO_GROUP, 'Gateway');
export const selectParents = resourcesWhere(
  (r) => r.group === GATEWAY_GROUP && (r.kind === 'Gateway' || r.kind === 'ListenerSet'),
);

/** How an object in `namespace` names `target`: its name, or `namespace/name` from elsewhere. */
export function nameFrom(namespace: string | undefined, target: Resource): string {
  return target.namespace === namespace ? target.name : `${target.namespace}/${target.name}`;
}

/** How an Istio object in `namespace` names a Service: short, or by cluster DNS name. */
export function istioHostOf(service: Resource, namespace: string | undefined): string {
  return service.namespace === namespace
    ? service.name
    : `${service.name}.${service.namespace}.svc.cluster.local`;
}

/** Secrets of one namespace as suggestions (certificates must live beside what uses them). */
export function secretSuggestions(
  secrets: readonly Resource[],
  namespace: string | undefined,
): Suggestion[] {
  return secrets
    .filter((s) => s.namespace === namespace)
    .map((s) => ({ value: s.name, hint: String((s.value as { type?: unknown }).type ?? '') }));
}
