import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { hostnamesIntersect } from '../support/hostnames.ts';
import { selectorMatches } from '../support/labels.ts';
import { asString, field } from '../support/values.ts';
import type { ListenerEvaluation } from './listener-status.ts';
import { routeHostnames, routeUsesHostnames } from './listeners.ts';

/** Why a listener refuses a route; `hostname` refusals get their own status reason. */
export type Refusal = { kind: 'kind' | 'namespace' | 'hostname'; why: string };

function kindRefusal(evaluation: ListenerEvaluation, route: Resource): Refusal | undefined {
  if (evaluation.kinds.supported.includes(`${GATEWAY_GROUP}/${route.kind}`)) return undefined;
  const supported = evaluation.kinds.supported.map((k) => k.slice(k.indexOf('/') + 1));
  return {
    kind: 'kind',
    why:
      supported.length === 0
        ? `accepts no route kinds (protocol ${evaluation.listener.protocol})`
        : `accepts ${supported.join(', ')}, not ${route.kind}`,
  };
}

function namespaceRefusal(
  ctx: AnalysisContext,
  evaluation: ListenerEvaluation,
  route: Resource,
): Refusal | undefined {
  const namespaces = field(evaluation.listener.value, 'allowedRoutes', 'namespaces');
  const from = asString(field(namespaces, 'from')) ?? 'Same';
  const ownerNamespace = evaluation.listener.owner.namespace ?? '';
  const routeNamespace = route.namespace ?? '';
  if (from === 'All') return undefined;
  if (from === 'Selector') {
    if (selectorMatches(field(namespaces, 'selector'), ctx.namespaceLabels(routeNamespace))) {
      return undefined;
    }
    const unknown = ctx.hasNamespace(routeNamespace)
      ? ''
      : ` (Namespace ${routeNamespace} is not in this design, so only its kubernetes.io/metadata.name label is known)`;
    return {
      kind: 'namespace',
      why: `only allows routes from namespaces matching allowedRoutes.namespaces.selector, and ${routeNamespace} does not match${unknown}`,
    };
  }
  if (from === 'Same' && routeNamespace === ownerNamespace) return undefined;
  if (from === 'None')
    return { kind: 'namespace', why: 'allows no routes (allowedRoutes.namespaces.from: None)' };
  return {
    kind: 'namespace',
    why: `only allows routes from its own namespace ${ownerNamespace} (allowedRoutes.namespaces.from: Same), and the route is in ${routeNamespace}`,
  };
}

function hostnameRefusal(evaluation: ListenerEvaluation, route: Resource): Refusal | undefined {
  const listenerHostname = evaluation.listener.hostname;
  if (!routeUsesHostnames(route.kind) || listenerHostname === undefined) return undefined;
  const hostnames = routeHostnames(route);
  if (hostnames.length === 0 || hostnames.some((h) => hostnamesIntersect(listenerHostname, h))) {
    return undefined;
  }
  return {
    kind: 'hostname',
    why: `has hostname ${listenerHostname}, which none of the route's hostnames (${hostnames.join(', ')}) match`,
  };
}

/** Why the listener refuses the route, or undefined when the route may attach to it. */
export function listenerRefusal(
  ctx: AnalysisContext,
  evaluation: ListenerEvaluation,
  route: Resource,
): Refusal | undefined {
  return (
    kindRefusal(evaluation, route) ??
    namespaceRefusal(ctx, evaluation, route) ??
    hostnameRefusal(evaluation, route)
  );
}
