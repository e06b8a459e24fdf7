import type { Command, ObjectRef } from '../../core/commands/types.ts';
import type { Design } from '../../core/design/design.ts';
import type { Graph, GraphNode } from '../../core/graph/types.ts';
import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP } from '../../core/model/kinds.ts';
import type { Resource } from '../../core/model/resource.ts';
import { asList, asRecord, getIn } from './read-value.ts';

const ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute']);

/** A connection end: the graph node under the handle and the resource it belongs to. */
interface End {
  node: GraphNode;
  resource: Resource;
}

function endOf(design: Design, graph: Graph, id: string): End | undefined {
  const node = graph.nodeById.get(id);
  if (!node || node.type === 'missing') return undefined;
  const resource = design.byKey.get(node.parent ?? node.id);
  return resource ? { node, resource } : undefined;
}

const is = (end: End, group: string, kind: string) =>
  end.resource.group === group && end.resource.kind === kind;

/** A reference to `target` as written from `from`'s namespace (namespace only when it differs). */
function refTo(from: Resource, target: Resource): ObjectRef {
  const ref: ObjectRef = { name: target.name };
  if (target.namespace !== undefined && target.namespace !== from.namespace)
    ref.namespace = target.namespace;
  return ref;
}

function firstServicePort(service: Resource): number | undefined {
  const port = asRecord(asList(getIn(service.value, ['spec', 'ports']))[0]).port;
  return typeof port === 'number' ? port : undefined;
}

function attachToGateway(route: End, gateway: End): Command {
  const parent = refTo(route.resource, gateway.resource);
  if (gateway.resource.kind === 'ListenerSet') parent.kind = 'ListenerSet';
  if (gateway.node.type === 'listener') parent.sectionName = gateway.node.label;
  return { type: 'attachParent', key: route.resource.key, parent };
}

function addBackend(route: End, service: End): Command | undefined {
  const rule = route.node.type === 'rule' ? route.node.index : 0;
  if (rule === undefined || asList(getIn(route.resource.value, ['spec', 'rules'])).length <= rule)
    return undefined;
  const backend = refTo(route.resource, service.resource);
  const port = firstServicePort(service.resource);
  if (port !== undefined) backend.port = port;
  return { type: 'addBackend', key: route.resource.key, rule, backend };
}

/** Istio names a Service in another namespace by its cluster DNS name. */
function istioHost(from: Resource, service: Resource): string {
  return service.namespace === from.namespace
    ? service.name
    : `${service.name}.${service.namespace}.svc.cluster.local`;
}

function addDestination(vs: End, service: End): Command | undefined {
  const section =
    vs.node.type === 'tcp-route' ? 'tcp' : vs.node.type === 'tls-route' ? 'tls' : 'http';
  const index = vs.node.type === 'resource' ? 0 : vs.node.index;
  if (index === undefined) return undefined;
  const routes = asList(getIn(vs.resource.value, ['spec', section]));
  if (routes.length <= index) return undefined;
  const destinations = asList(getIn(routes[index], ['route'])).length;
  const destination: Record<string, unknown> = { host: istioHost(vs.resource, service.resource) };
  const port = firstServicePort(service.resource);
  if (port !== undefined) destination.port = { number: port };
  return {
    type: 'setField',
    key: vs.resource.key,
    path: ['spec', section, index, 'route', destinations],
    value: { destination } as never,
  };
}

function attachToIstioGateway(vs: End, gateway: End): Command {
  const gateways = asList(getIn(vs.resource.value, ['spec', 'gateways'])).length;
  const name =
    gateway.resource.namespace === vs.resource.namespace
      ? gateway.resource.name
      : `${gateway.resource.namespace}/${gateway.resource.name}`;
  return {
    type: 'setField',
    key: vs.resource.key,
    path: ['spec', 'gateways', gateways],
    value: name,
  };
}

/** Tries one orientation: `a` is the referring end, `b` the referenced one. */
function oriented(a: End, b: End): Command | undefined {
  const aRoute = a.resource.group === GATEWAY_GROUP && ROUTE_KINDS.has(a.resource.kind);
  if (
    aRoute &&
    a.node.type === 'resource' &&
    (is(b, GATEWAY_GROUP, 'Gateway') || is(b, GATEWAY_GROUP, 'ListenerSet'))
  )
    return attachToGateway(a, b);
  if (aRoute && is(b, CORE_GROUP, 'Service') && b.node.type === 'resource') return addBackend(a, b);
  const aVs = is(a, ISTIO_GROUP, 'VirtualService');
  if (aVs && is(b, CORE_GROUP, 'Service') && b.node.type === 'resource')
    return addDestination(a, b);
  if (aVs && a.node.type === 'resource' && is(b, ISTIO_GROUP, 'Gateway'))
    return attachToIstioGateway(a, b);
  if (
    is(a, GATEWAY_GROUP, 'Gateway') &&
    a.node.type === 'resource' &&
    is(b, GATEWAY_GROUP, 'GatewayClass')
  )
    return {
      type: 'setField',
      key: a.resource.key,
      path: ['spec', 'gatewayClassName'],
      value: b.resource.name,
    };
  if (
    is(a, ISTIO_GROUP, 'DestinationRule') &&
    a.node.type === 'resource' &&
    is(b, CORE_GROUP, 'Service')
  )
    return {
      type: 'setField',
      key: a.resource.key,
      path: ['spec', 'host'],
      value: istioHost(a.resource, b.resource),
    };
  return undefined;
}

/**
 * The command a drawn connection stands for, whichever end the user started from: route →
 * Gateway or listener (`attachParent`, with the listener as sectionName), rule → Service
 * (`addBackend`), VirtualService route → Service (a destination), VirtualService → Istio
 * Gateway, Gateway → GatewayClass, DestinationRule → Service. Undefined when the two ends cannot
 * be connected.
 */
export function commandForConnection(
  design: Design,
  graph: Graph,
  fromId: string,
  toId: string,
): Command | undefined {
  const a = endOf(design, graph, fromId);
  const b = endOf(design, graph, toId);
  if (!a || !b || a.resource === b.resource) return undefined;
  return oriented(a, b) ?? oriented(b, a);
}
