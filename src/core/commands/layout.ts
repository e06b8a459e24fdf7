import type { FieldPath } from '../diagnostics.ts';
import { GATEWAY_GROUP, ISTIO_GROUP, isListenerOwner } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { EditError } from '../yaml/edit/errors.ts';

/**
 * Where a kind keeps the parts commands edit. Gateway API routes and Istio VirtualServices share
 * the commands: a VirtualService's `spec.http` routes are its rules, `match` its matches and
 * `route[].destination` its backends.
 */
export interface RouteLayout {
  rules: FieldPath;
  /** Field of a rule holding its matches; undefined when the kind's rules have none. */
  matches?: string;
  filters?: string;
  backends: string;
  /** Field holding the hostnames. */
  hostnames?: FieldPath;
  /** Field holding the parents: parentRef objects (Gateway API) or gateway names (Istio). */
  parents?: FieldPath;
  istio: boolean;
}

const HTTP_ROUTE: RouteLayout = {
  rules: ['spec', 'rules'],
  matches: 'matches',
  filters: 'filters',
  backends: 'backendRefs',
  hostnames: ['spec', 'hostnames'],
  parents: ['spec', 'parentRefs'],
  istio: false,
};

const LAYOUTS: Record<string, RouteLayout> = {
  HTTPRoute: HTTP_ROUTE,
  GRPCRoute: HTTP_ROUTE,
  TLSRoute: { ...HTTP_ROUTE, matches: undefined, filters: undefined },
  TCPRoute: { ...HTTP_ROUTE, matches: undefined, filters: undefined, hostnames: undefined },
  UDPRoute: { ...HTTP_ROUTE, matches: undefined, filters: undefined, hostnames: undefined },
};

const VIRTUAL_SERVICE: RouteLayout = {
  rules: ['spec', 'http'],
  matches: 'match',
  backends: 'route',
  hostnames: ['spec', 'hosts'],
  parents: ['spec', 'gateways'],
  istio: true,
};

/** The route layout of a resource, or undefined for kinds that are not routes. */
export function routeLayout(resource: Resource): RouteLayout | undefined {
  if (resource.group === GATEWAY_GROUP) return LAYOUTS[resource.kind];
  if (resource.group === ISTIO_GROUP && resource.kind === 'VirtualService') return VIRTUAL_SERVICE;
  return undefined;
}

/** The layout, or an `edit-unsupported` error naming what the kind lacks. */
export function requireLayout(
  resource: Resource,
  what: string,
  has: (layout: RouteLayout) => boolean = () => true,
): RouteLayout {
  const layout = routeLayout(resource);
  if (!layout || !has(layout)) {
    throw new EditError('edit-unsupported', `A ${resource.kind} has no ${what}.`);
  }
  return layout;
}

/** Where a Gateway keeps its listeners: `spec.listeners` (Gateway API) or `spec.servers` (Istio). */
export function listenersPath(resource: Resource): FieldPath {
  if (isListenerOwner(resource.group, resource.kind)) {
    return ['spec', 'listeners'];
  }
  if (resource.group === ISTIO_GROUP && resource.kind === 'Gateway') return ['spec', 'servers'];
  throw new EditError('edit-unsupported', `A ${resource.kind} has no listeners.`);
}
