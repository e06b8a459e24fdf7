import { effectiveHostnames } from '../support/hostnames.ts';
import { perResource } from '../support/memo.ts';
import type { FieldPath } from '../../diagnostics.ts';
import { GATEWAY_GROUP, GATEWAY_ROUTE_KINDS, routeKindHasHostnames } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { asNumber, asString, field, objectsOf, type PlainObject } from '../support/values.ts';

/** One listener of a Gateway or ListenerSet, with the fields attachment depends on. */
export interface Listener {
  /** The Gateway or ListenerSet that declares it. */
  owner: Resource;
  index: number;
  path: FieldPath;
  name: string;
  port: number | undefined;
  protocol: string;
  hostname: string | undefined;
  /** `Terminate` (the default) or `Passthrough`; meaningful for HTTPS and TLS. */
  tlsMode: string;
  value: PlainObject;
}

export const CORE_PROTOCOLS = ['HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP'] as const;

/** Route kinds each core protocol carries when `allowedRoutes.kinds` is not set. */
const KINDS_BY_PROTOCOL = new Map<string, readonly string[]>([
  ['HTTP', ['HTTPRoute', 'GRPCRoute']],
  ['HTTPS', ['HTTPRoute', 'GRPCRoute']],
  ['TLS', ['TLSRoute']],
  ['TCP', ['TCPRoute']],
  ['UDP', ['UDPRoute']],
]);

const cache = new WeakMap<Resource, Listener[]>();

/** The listeners written in a Gateway's or ListenerSet's `spec.listeners`. */
export function listenersOf(owner: Resource): Listener[] {
  const cached = cache.get(owner);
  if (cached) return cached;
  const listeners = objectsOf(field(owner.value, 'spec', 'listeners')).map(({ item, index }) => ({
    owner,
    index,
    path: ['spec', 'listeners', index],
    name: asString(item['name']) ?? `#${index}`,
    port: asNumber(item['port']),
    protocol: asString(item['protocol']) ?? '',
    hostname: asString(item['hostname']),
    tlsMode: asString(field(item, 'tls', 'mode')) ?? 'Terminate',
    value: item,
  }));
  cache.set(owner, listeners);
  return listeners;
}

export function isCoreProtocol(protocol: string): boolean {
  return (CORE_PROTOCOLS as readonly string[]).includes(protocol);
}

/** The route kinds a protocol can carry (Gateway API group), empty for unknown protocols. */
export function kindsForProtocol(protocol: string): readonly string[] {
  return KINDS_BY_PROTOCOL.get(protocol) ?? [];
}

export interface RouteKinds {
  /** Kinds that may attach, as `group/kind`. */
  supported: string[];
  /** `allowedRoutes.kinds` entries the protocol cannot carry, with their index. */
  invalid: { group: string; kind: string; index: number }[];
}

/** The route kinds a listener accepts: `allowedRoutes.kinds` filtered by protocol, or the defaults. */
export function listenerRouteKinds(listener: Listener): RouteKinds {
  const compatible = kindsForProtocol(listener.protocol);
  const written = objectsOf(field(listener.value, 'allowedRoutes', 'kinds'));
  if (written.length === 0) {
    return { supported: compatible.map((k) => `${GATEWAY_GROUP}/${k}`), invalid: [] };
  }
  const result: RouteKinds = { supported: [], invalid: [] };
  for (const { item, index } of written) {
    const group = asString(item['group']) ?? GATEWAY_GROUP;
    const kind = asString(item['kind']) ?? '';
    if (group === GATEWAY_GROUP && compatible.includes(kind)) {
      result.supported.push(`${group}/${kind}`);
    } else {
      result.invalid.push({ group, kind, index });
    }
  }
  return result;
}

/** `spec.hostnames` of a route (TCP and UDP routes have none). */
function readRouteHostnames(route: Resource): string[] {
  const hostnames = field(route.value, 'spec', 'hostnames');
  return Array.isArray(hostnames) ? hostnames.filter((h) => typeof h === 'string') : [];
}

/** routeHostnames, read once per resource object. */
export const routeHostnames = perResource(readRouteHostnames);

const servedCache = new WeakMap<Resource, Map<string | undefined, (string | undefined)[]>>();

/**
 * The hostnames a route serves on a listener (`effectiveHostnames`), cached per route object and
 * listener hostname: the lints ask it for every route on every listener after each edit.
 */
export function hostsServedOn(
  listener: Listener,
  route: Resource,
): readonly (string | undefined)[] {
  let byListener = servedCache.get(route);
  if (!byListener) servedCache.set(route, (byListener = new Map()));
  let hosts = byListener.get(listener.hostname);
  if (!hosts) {
    hosts = effectiveHostnames(listener.hostname, routeHostnames(route));
    byListener.set(listener.hostname, hosts);
  }
  return hosts;
}

/** The Gateway API route kinds (the list lives in `model/kinds.ts`). */
export const ROUTE_KINDS = GATEWAY_ROUTE_KINDS;

/** Route kinds whose hostnames take part in attachment. */
export const routeUsesHostnames = routeKindHasHostnames;
