import type { Design } from '../design/design.ts';
import { resolveServiceHost } from '../graph/istio-hosts.ts';
import { at, list, num, text } from '../graph/read.ts';
import type { Graph, GraphNode } from '../graph/types.ts';
import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP, isGatewayRoute } from '../model/kinds.ts';
import { displayName, type Resource } from '../model/resource.ts';
import type { Command, ObjectRef } from './types.ts';

/** Why two nodes cannot be connected, in words for the person who tried. */
export interface ConnectionRefusal {
  reason: string;
}

/** True when `result` is a command (not a refusal). */
export function isCommand(result: Command | ConnectionRefusal): result is Command {
  return 'type' in result;
}

/** A connection end: the graph node under the handle and the resource it belongs to. */
interface End {
  node: GraphNode;
  resource: Resource;
}

type Refused = ConnectionRefusal;
const refuse = (reason: string): Refused => ({ reason });

function endOf(design: Design, graph: Graph, id: string): End | Refused {
  const node = graph.nodeById.get(id);
  if (!node) return refuse(`${id} is not on the canvas.`);
  if (node.type === 'missing' || node.type === 'mesh')
    return refuse(`${node.kind} ${node.name} is not in the design; add it first.`);
  const resource = design.byKey.get(node.parent ?? node.id);
  return resource ? { node, resource } : refuse(`${node.label} is not in the design.`);
}

const is = (end: End, group: string, kind: string) =>
  end.resource.group === group && end.resource.kind === kind;
const isWhole = (end: End) => end.node.type === 'resource';
const isRoute = (end: End) => isGatewayRoute(end.resource.kind, end.resource.group);

/** A reference to `target` as written from `from`'s namespace (namespace only when it differs). */
function refTo(from: Resource, target: Resource): ObjectRef {
  const ref: ObjectRef = { name: target.name };
  if (target.namespace !== undefined && target.namespace !== from.namespace)
    ref.namespace = target.namespace;
  return ref;
}

function firstServicePort(service: Resource): number | undefined {
  return num(at(list(at(service.value, 'spec', 'ports'))[0], 'port'));
}

/** Istio names a Service in another namespace by its cluster DNS name. */
function istioHost(from: Resource, service: Resource): string {
  return service.namespace === from.namespace
    ? service.name
    : `${service.name}.${service.namespace}.svc.cluster.local`;
}

/**
 * Route → Gateway, ListenerSet or listener: a parentRef. A route already attached to the whole
 * Gateway that is connected to one of its listeners is narrowed to it (its parentRef gets the
 * sectionName) rather than attached twice.
 */
function attachToGateway(route: End, gateway: End): Command {
  const parent = refTo(route.resource, gateway.resource);
  if (gateway.resource.kind === 'ListenerSet') parent.kind = 'ListenerSet';
  if (gateway.node.type === 'listener') {
    parent.sectionName = gateway.node.label;
    const whole = list(at(route.resource.value, 'spec', 'parentRefs')).findIndex(
      (ref) =>
        at(ref, 'name') === gateway.resource.name &&
        (text(at(ref, 'namespace')) ?? route.resource.namespace) === gateway.resource.namespace &&
        (text(at(ref, 'kind')) ?? 'Gateway') === gateway.resource.kind &&
        at(ref, 'sectionName') === undefined &&
        at(ref, 'port') === undefined,
    );
    if (whole !== -1)
      return setField(route, ['spec', 'parentRefs', whole, 'sectionName'], parent.sectionName);
  }
  return { type: 'attachParent', key: route.resource.key, parent };
}

function addBackend(route: End, service: End): Command | Refused {
  const rule = route.node.type === 'rule' ? route.node.index : 0;
  const rules = list(at(route.resource.value, 'spec', 'rules')).length;
  if (rule === undefined || rules <= rule)
    return refuse(
      `${displayName(route.resource)} has no rule to send traffic to ${service.resource.name}; add a rule first.`,
    );
  const filters = list(at(list(at(route.resource.value, 'spec', 'rules'))[rule], 'filters'));
  if (filters.some((f) => at(f, 'type') === 'RequestRedirect'))
    return refuse(
      `${route.node.label} redirects requests, so it sends none to a Service; remove the redirect first.`,
    );
  const backend = refTo(route.resource, service.resource);
  const port = firstServicePort(service.resource);
  if (port !== undefined) backend.port = port;
  return { type: 'addBackend', key: route.resource.key, rule, backend };
}

/**
 * A VirtualService route (its first http route for the whole object) gets a destination:
 * `addBackend` for http routes; tcp and tls routes, which commands do not model, by `setField`.
 */
function addDestination(vs: End, service: End): Command | Refused {
  const section =
    vs.node.type === 'tcp-route' ? 'tcp' : vs.node.type === 'tls-route' ? 'tls' : 'http';
  const index = isWhole(vs) ? 0 : vs.node.index;
  const routes = list(at(vs.resource.value, 'spec', section));
  if (index === undefined || routes.length <= index)
    return refuse(`${displayName(vs.resource)} has no ${section} route; add one first.`);
  const backend = refTo(vs.resource, service.resource);
  const port = firstServicePort(service.resource);
  if (port !== undefined) backend.port = port;
  if (section === 'http') return { type: 'addBackend', key: vs.resource.key, rule: index, backend };
  const destination = {
    host: istioHost(vs.resource, service.resource),
    ...(port === undefined ? {} : { port: { number: port } }),
  };
  const next = list(at(routes[index], 'route')).length;
  return {
    type: 'setField',
    key: vs.resource.key,
    path: ['spec', section, index, 'route', next],
    value: { destination },
  };
}

/**
 * A VirtualService http route (its first one for the whole object) → a DestinationRule subset:
 * `routeToSubset` with the DestinationRule's host as the VirtualService names it.
 */
function routeToSubset(vs: End, subset: End): Command | Refused {
  if (vs.node.type === 'tcp-route' || vs.node.type === 'tls-route')
    return refuse('Connect an http route to a subset; tcp and tls routes are edited in the YAML.');
  const rule = isWhole(vs) ? 0 : vs.node.index;
  const routes = list(at(vs.resource.value, 'spec', 'http'));
  if (rule === undefined || routes.length <= rule)
    return refuse(`${displayName(vs.resource)} has no http route; add one first.`);
  const host = text(at(subset.resource.value, 'spec', 'host'));
  if (!host) return refuse(`${displayName(subset.resource)} has no host; set it first.`);
  const service = resolveServiceHost(host, subset.resource.namespace ?? '');
  const written =
    service.namespace === undefined
      ? host
      : service.namespace === vs.resource.namespace
        ? service.name
        : `${service.name}.${service.namespace}.svc.cluster.local`;
  return {
    type: 'routeToSubset',
    key: vs.resource.key,
    rule,
    host: written,
    subset: subset.node.label,
  };
}

function setField(end: End, path: (string | number)[], value: string): Command {
  return { type: 'setField', key: end.resource.key, path, value };
}

/** Tries one orientation: `a` is the referring end, `b` the referenced one. */
function oriented(a: End, b: End): Command | Refused | undefined {
  const service = is(b, CORE_GROUP, 'Service') && isWhole(b);
  if (isRoute(a) && (is(b, GATEWAY_GROUP, 'Gateway') || is(b, GATEWAY_GROUP, 'ListenerSet')))
    return isWhole(a)
      ? attachToGateway(a, b)
      : refuse('Attach the whole route, not one rule, to a Gateway.');
  if (isRoute(a) && service) return addBackend(a, b);
  const vs = is(a, ISTIO_GROUP, 'VirtualService');
  if (vs && service) return addDestination(a, b);
  if (vs && b.node.type === 'subset') return routeToSubset(a, b);
  if (vs && isWhole(a) && is(b, ISTIO_GROUP, 'Gateway') && isWhole(b))
    return { type: 'attachParent', key: a.resource.key, parent: refTo(a.resource, b.resource) };
  if (is(a, GATEWAY_GROUP, 'Gateway') && isWhole(a) && is(b, GATEWAY_GROUP, 'GatewayClass'))
    return setField(a, ['spec', 'gatewayClassName'], b.resource.name);
  if (is(a, ISTIO_GROUP, 'DestinationRule') && isWhole(a) && service)
    return setField(a, ['spec', 'host'], istioHost(a.resource, b.resource));
  return undefined;
}

/**
 * The command a connection drawn between two graph nodes stands for, whichever end it started
 * from: route → Gateway, ListenerSet or listener (`attachParent`, the listener as sectionName);
 * route rule → Service (`addBackend` with the Service's first port); VirtualService http route →
 * Service (a destination); VirtualService http route → DestinationRule subset (`routeToSubset`);
 * VirtualService → Istio Gateway; Gateway → GatewayClass; DestinationRule → Service (its host). Anything else, or a connection that already exists,
 * is refused with a reason.
 */
export function connectionCommand(
  design: Design,
  graph: Graph,
  fromNodeId: string,
  toNodeId: string,
): Command | ConnectionRefusal {
  const a = endOf(design, graph, fromNodeId);
  if (!('node' in a)) return a;
  const b = endOf(design, graph, toNodeId);
  if (!('node' in b)) return b;
  if (a.resource === b.resource) return refuse('An object cannot be connected to itself.');
  const connected = graph.edges.some(
    (e) =>
      (e.from === a.node.id && e.to === b.node.id) || (e.from === b.node.id && e.to === a.node.id),
  );
  if (connected) return refuse(`${a.node.label} and ${b.node.label} are already connected.`);
  return (
    oriented(a, b) ??
    oriented(b, a) ??
    refuse(
      `${a.resource.kind} ${a.node.label} cannot be connected to ${b.resource.kind} ${b.node.label}.`,
    )
  );
}
