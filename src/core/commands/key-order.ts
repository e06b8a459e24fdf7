import type { FieldPath } from '../diagnostics.ts';
import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP } from '../model/kinds.ts';
import type { KeyPlacement } from '../yaml/edit/insert.ts';
import type { YamlValue } from '../yaml/edit/value.ts';

/**
 * The order people write the keys of Kubernetes objects in (the order of the Gateway API and
 * Istio docs and of `kubectl` output), so that new objects, and keys that commands add to written
 * ones, read as a person would have written them: apiVersion, kind, metadata, spec; parentRefs,
 * hostnames, rules; Istio hosts, gateways, http. Keys outside these lists go last.
 */

const ROUTES = ['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute'].map(
  (kind) => `${GATEWAY_GROUP}/${kind}`,
);
const GATEWAYS = [`${GATEWAY_GROUP}/Gateway`, `${GATEWAY_GROUP}/ListenerSet`];
const VIRTUAL_SERVICE = [`${ISTIO_GROUP}/VirtualService`];
const DESTINATION_RULE = [`${ISTIO_GROUP}/DestinationRule`];
const ISTIO_GATEWAY = [`${ISTIO_GROUP}/Gateway`];
const SERVICE = [`${CORE_GROUP}/Service`];

const REF = ['group', 'kind', 'name', 'namespace', 'sectionName', 'port'];
const DESTINATION = ['host', 'subset', 'port'];
const TRAFFIC_POLICY = ['loadBalancer', 'connectionPool', 'outlierDetection', 'tls'];

/** Key orders by kind (`group/Kind`, or `*` for every kind) and path (`*` for any index). */
const ORDERS: readonly (readonly [readonly string[], string, readonly string[]])[] = [
  [['*'], '', ['apiVersion', 'kind', 'metadata', 'spec', 'type', 'data', 'stringData']],
  [['*'], 'metadata', ['name', 'namespace', 'labels', 'annotations']],
  [ROUTES, 'spec', ['parentRefs', 'hostnames', 'rules']],
  [ROUTES, 'spec.parentRefs.*', REF],
  [
    ROUTES,
    'spec.rules.*',
    ['name', 'matches', 'filters', 'backendRefs', 'timeouts', 'retry', 'sessionPersistence'],
  ],
  [ROUTES, 'spec.rules.*.matches.*', ['path', 'method', 'headers', 'queryParams']],
  [ROUTES, 'spec.rules.*.matches.*.path', ['type', 'value']],
  [ROUTES, 'spec.rules.*.backendRefs.*', [...REF, 'weight', 'filters']],
  [GATEWAYS, 'spec', ['gatewayClassName', 'parentRef', 'addresses', 'listeners', 'infrastructure']],
  [GATEWAYS, 'spec.listeners.*', ['name', 'protocol', 'port', 'hostname', 'tls', 'allowedRoutes']],
  [GATEWAYS, 'spec.listeners.*.tls', ['mode', 'certificateRefs', 'options']],
  [GATEWAYS, 'spec.listeners.*.tls.certificateRefs.*', REF],
  [GATEWAYS, 'spec.listeners.*.allowedRoutes', ['namespaces', 'kinds']],
  [GATEWAYS, 'spec.listeners.*.allowedRoutes.namespaces', ['from', 'selector']],
  [[`${GATEWAY_GROUP}/GatewayClass`], 'spec', ['controllerName', 'parametersRef', 'description']],
  [[`${GATEWAY_GROUP}/ReferenceGrant`], 'spec', ['from', 'to']],
  [[`${GATEWAY_GROUP}/BackendTLSPolicy`], 'spec', ['targetRefs', 'validation', 'options']],
  [VIRTUAL_SERVICE, 'spec', ['hosts', 'gateways', 'http', 'tls', 'tcp', 'exportTo']],
  [
    VIRTUAL_SERVICE,
    'spec.http.*',
    [
      'name',
      'match',
      'route',
      'redirect',
      'directResponse',
      'rewrite',
      'timeout',
      'retries',
      'fault',
      'mirror',
      'mirrorPercentage',
      'mirrors',
      'corsPolicy',
      'headers',
    ],
  ],
  [VIRTUAL_SERVICE, 'spec.http.*.route.*', ['destination', 'weight', 'headers']],
  [VIRTUAL_SERVICE, 'spec.http.*.route.*.destination', DESTINATION],
  [VIRTUAL_SERVICE, 'spec.http.*.mirror', DESTINATION],
  [VIRTUAL_SERVICE, 'spec.http.*.retries', ['attempts', 'perTryTimeout', 'retryOn']],
  [DESTINATION_RULE, 'spec', ['host', 'trafficPolicy', 'subsets', 'exportTo']],
  [DESTINATION_RULE, 'spec.trafficPolicy', TRAFFIC_POLICY],
  [DESTINATION_RULE, 'spec.subsets.*', ['name', 'labels', 'trafficPolicy']],
  [DESTINATION_RULE, 'spec.subsets.*.trafficPolicy', TRAFFIC_POLICY],
  [ISTIO_GATEWAY, 'spec', ['selector', 'servers']],
  [ISTIO_GATEWAY, 'spec.servers.*', ['port', 'hosts', 'tls', 'name']],
  [ISTIO_GATEWAY, 'spec.servers.*.port', ['number', 'name', 'protocol']],
  [ISTIO_GATEWAY, 'spec.servers.*.tls', ['httpsRedirect', 'mode', 'credentialName']],
  [SERVICE, 'spec', ['type', 'selector', 'ports']],
  [SERVICE, 'spec.ports.*', ['name', 'protocol', 'port', 'targetPort']],
];

const byKindAndPath = new Map<string, readonly string[]>();
for (const [kinds, path, order] of ORDERS)
  for (const kind of kinds) byKindAndPath.set(`${kind}|${path}`, order);

/** The key order of the mapping at `path` in an object of a kind, if one is known. */
export function keyOrder(group: string, kind: string, path: FieldPath): readonly string[] {
  const pattern = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
  return (
    byKindAndPath.get(`${group}/${kind}|${pattern}`) ?? byKindAndPath.get(`*|${pattern}`) ?? []
  );
}

/**
 * Where a new `key` goes among the keys already written in the mapping at `path`: after the
 * closest written key that comes before it in the usual order, else before the first written key
 * that comes after it; undefined (last) when the key has no usual place.
 */
export function keyPlacement(
  group: string,
  kind: string,
  path: FieldPath,
  key: string,
  written: readonly string[],
): KeyPlacement | undefined {
  const order = keyOrder(group, kind, path);
  const rank = order.indexOf(key);
  if (rank === -1) return undefined;
  for (let i = rank - 1; i >= 0; i--) if (written.includes(order[i]!)) return order[i]!;
  const next = written.find((k) => order.indexOf(k) > rank);
  return next === undefined ? undefined : { before: next };
}

/** A copy of `value` with every mapping's keys in the usual order (unknown keys last, as written). */
export function inUsualOrder(
  group: string,
  kind: string,
  value: YamlValue,
  path: FieldPath = [],
): YamlValue {
  if (Array.isArray(value))
    return value.map((item, i) => inUsualOrder(group, kind, item, [...path, i]));
  if (value === null || typeof value !== 'object') return value;
  const order = keyOrder(group, kind, path);
  const rank = (k: string) => {
    const r = order.indexOf(k);
    return r === -1 ? order.length : r;
  };
  const map = value as { readonly [key: string]: YamlValue };
  const keys = Object.keys(map).sort((a, b) => rank(a) - rank(b));
  const out: Record<string, YamlValue> = {};
  for (const k of keys) out[k] = inUsualOrder(group, kind, map[k]!, [...path, k]);
  return out;
}
