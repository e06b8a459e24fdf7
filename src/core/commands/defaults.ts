import type { Design } from '../design/design.ts';
import { buildGraph } from '../graph/build.ts';
import { GATEWAY_GROUP, ISTIO_GROUP, splitApiVersion } from '../model/kinds.ts';
import type { YamlValue } from '../yaml/edit/value.ts';

type Body = { readonly [key: string]: YamlValue };

/** apiVersion written for new objects of a kind (the served, stable version). */
export function defaultApiVersion(group: string, kind: string): string {
  if (group === GATEWAY_GROUP) {
    const alpha = ['TCPRoute', 'TLSRoute', 'UDPRoute', 'BackendTLSPolicy'].includes(kind);
    return `${GATEWAY_GROUP}/${alpha ? 'v1alpha2' : 'v1'}`;
  }
  if (group === ISTIO_GROUP) return `${ISTIO_GROUP}/v1`;
  return group === '' ? 'v1' : `${group}/v1`;
}

/** `HTTPRoute` → `http-route`. */
export function kebab(kind: string): string {
  return kind
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * Names of a kind the design uses anywhere: its objects in every namespace, and the names other
 * objects still refer to though no object has them (a deleted Service a route still sends to).
 */
function namesInUse(design: Design, group: string, kind: string): Set<string> {
  const names = new Set<string>();
  for (const r of design.resources) if (r.group === group && r.kind === kind) names.add(r.name);
  for (const node of buildGraph(design).nodes)
    if (node.type === 'missing' && node.group === group && node.kind === kind) names.add(node.name);
  return names;
}

/**
 * The first `base`, `base-2`, `base-3`… (or `base-1`… with `numbered`) that no object of the
 * kind has in any namespace and no reference names: a name handed out is unique across the
 * design, and a freed name is not handed out again while something still refers to it.
 */
export function uniqueName(
  design: Design,
  apiVersion: string,
  kind: string,
  base: string,
  numbered: boolean,
): string {
  const taken = namesInUse(design, splitApiVersion(apiVersion).group, kind);
  for (let n = 1; ; n++) {
    const name = numbered ? `${base}-${n}` : n === 1 ? base : `${base}-${n}`;
    if (!taken.has(name)) return name;
  }
}

/** The rule `addRule` adds when none is given. */
export function defaultRule(group: string, kind: string): Body {
  if (group === ISTIO_GROUP) return { match: [{ uri: { prefix: '/' } }] };
  if (kind === 'HTTPRoute') return { matches: [{ path: { type: 'PathPrefix', value: '/' } }] };
  return { backendRefs: [] };
}

function firstName(design: Design, group: string, kind: string, namespace?: string) {
  return design.resources.find(
    (r) =>
      r.group === group &&
      r.kind === kind &&
      (namespace === undefined || r.namespace === namespace),
  )?.name;
}

/**
 * A starting body for a new object of a kind: the smallest thing that shows the kind's shape
 * (a Gateway with an HTTP listener, a route with one rule, …), pointing at objects of the design
 * where one is needed and exists.
 */
export function defaultBody(
  design: Design,
  group: string,
  kind: string,
  name: string,
  namespace: string,
): Body {
  const service = firstName(design, '', 'Service', namespace) ?? 'backend';
  if (group === GATEWAY_GROUP) {
    switch (kind) {
      case 'GatewayClass':
        return { spec: { controllerName: 'example.com/gateway-controller' } };
      case 'Gateway':
        return {
          spec: {
            gatewayClassName: firstName(design, GATEWAY_GROUP, 'GatewayClass') ?? 'example',
            listeners: [{ name: 'http', protocol: 'HTTP', port: 80 }],
          },
        };
      case 'ListenerSet':
        return {
          spec: {
            parentRef: {
              name: firstName(design, GATEWAY_GROUP, 'Gateway', namespace) ?? 'gateway',
            },
            listeners: [{ name: 'http', protocol: 'HTTP', port: 8080 }],
          },
        };
      case 'ReferenceGrant':
        return {
          spec: {
            from: [{ group: GATEWAY_GROUP, kind: 'HTTPRoute', namespace: 'other' }],
            to: [{ group: '', kind: 'Service' }],
          },
        };
      case 'BackendTLSPolicy':
        return {
          spec: {
            targetRefs: [{ group: '', kind: 'Service', name: service }],
            validation: { hostname: `${service}.example.com`, wellKnownCACertificates: 'System' },
          },
        };
      default:
        return { spec: { rules: [defaultRule(group, kind)] } };
    }
  }
  if (group === ISTIO_GROUP) {
    switch (kind) {
      case 'Gateway':
        return {
          spec: {
            selector: { istio: 'ingressgateway' },
            servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }],
          },
        };
      case 'VirtualService':
        return {
          spec: {
            hosts: [service],
            http: [{ ...defaultRule(group, kind), route: [{ destination: { host: service } }] }],
          },
        };
      case 'DestinationRule':
        // Subsets are what routing uses a DestinationRule for: two versions to split between.
        return {
          spec: {
            host: service,
            subsets: ['v1', 'v2'].map((v) => ({ name: v, labels: { version: v } })),
          },
        };
    }
  }
  if (group === '') {
    switch (kind) {
      case 'Service':
        return { spec: { selector: { app: name }, ports: [{ name: 'http', port: 80 }] } };
      case 'Secret':
        return { type: 'kubernetes.io/tls', data: { 'tls.crt': '', 'tls.key': '' } };
      case 'ConfigMap':
        return { data: {} };
      case 'Namespace':
        return {};
    }
  }
  return { spec: {} };
}
