import { compareText } from '../support/order.ts';
import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { selectorMatches } from '../support/labels.ts';
import { asString, field } from '../support/values.ts';

/** A ListenerSet's `spec.parentRef`, defaults applied. */
export interface ListenerSetParent {
  group: string;
  kind: string;
  namespace: string;
  name: string;
}

export function listenerSetParent(set: Resource): ListenerSetParent | undefined {
  const ref = field(set.value, 'spec', 'parentRef');
  const name = asString(field(ref, 'name'));
  if (name === undefined) return undefined;
  return {
    group: asString(field(ref, 'group')) ?? GATEWAY_GROUP,
    kind: asString(field(ref, 'kind')) ?? 'Gateway',
    namespace: asString(field(ref, 'namespace')) ?? set.namespace ?? '',
    name,
  };
}

/** The Gateway a ListenerSet names, if it is in the design. */
export function listenerSetGateway(ctx: AnalysisContext, set: Resource): Resource | undefined {
  const parent = listenerSetParent(set);
  if (!parent || parent.group !== GATEWAY_GROUP || parent.kind !== 'Gateway') return undefined;
  return ctx.find(GATEWAY_GROUP, 'Gateway', parent.namespace, parent.name);
}

/**
 * Whether the Gateway's `spec.allowedListeners` admits ListenerSets from the set's namespace,
 * and if not, why. The default (`from: None`) admits none.
 */
export function listenerSetAdmission(
  ctx: AnalysisContext,
  gateway: Resource,
  set: Resource,
): { allowed: boolean; why: string } {
  const namespaces = field(gateway.value, 'spec', 'allowedListeners', 'namespaces');
  const from = asString(field(namespaces, 'from')) ?? 'None';
  const setNamespace = set.namespace ?? '';
  switch (from) {
    case 'All':
      return { allowed: true, why: 'allowedListeners admits all namespaces' };
    case 'Same':
      return setNamespace === gateway.namespace
        ? { allowed: true, why: 'it is in the Gateway namespace' }
        : {
            allowed: false,
            why: `allowedListeners.namespaces.from is Same and the ListenerSet is in ${setNamespace}, not ${gateway.namespace}`,
          };
    case 'Selector':
      return selectorMatches(field(namespaces, 'selector'), ctx.namespaceLabels(setNamespace))
        ? { allowed: true, why: 'its namespace matches the selector' }
        : {
            allowed: false,
            why: ctx.hasNamespace(setNamespace)
              ? `namespace ${setNamespace} does not match allowedListeners.namespaces.selector`
              : `namespace ${setNamespace} is not in this design, so its labels are unknown and do not match allowedListeners.namespaces.selector`,
          };
    default:
      return {
        allowed: false,
        why: 'the Gateway does not set allowedListeners, which admits no ListenerSets',
      };
  }
}

/** When an object was created, if the design says (exported objects carry it); else undefined. */
function createdAt(resource: Resource): number | undefined {
  const written = field(resource.value, 'metadata', 'creationTimestamp');
  const time = typeof written === 'string' ? Date.parse(written) : NaN;
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Precedence of objects that compete (ListenerSets on one Gateway, policies on one target): the
 * oldest first, then alphabetical `{namespace}/{name}`. Objects without a creationTimestamp are
 * not created yet, so they come after those that have one.
 */
export function byPrecedence(a: Resource, b: Resource): number {
  const [ta, tb] = [createdAt(a), createdAt(b)];
  if (ta !== tb) return ta === undefined ? 1 : tb === undefined ? -1 : ta - tb;
  return compareText(`${a.namespace}/${a.name}`, `${b.namespace}/${b.name}`);
}

/** The ListenerSets that name a Gateway as parent, in precedence order (GEP-1713). */
export function listenerSetsOf(ctx: AnalysisContext, gateway: Resource): Resource[] {
  return ctx
    .ofKind(GATEWAY_GROUP, 'ListenerSet')
    .filter((set) => listenerSetGateway(ctx, set) === gateway)
    .sort(byPrecedence);
}
