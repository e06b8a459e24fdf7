/**
 * The request the Simulate panel starts with: an entry point of the design and a request some
 * route there takes (its hostname, its first rule's path and exact headers), so simulating at
 * once gives an answer worth reading.
 */
import type { Design } from '../../core/design/design.ts';
import { at, list, record, text } from '../../core/graph/read.ts';
import type { Graph, GraphEdge } from '../../core/graph/types.ts';
import { GATEWAY_GROUP, ISTIO_GROUP } from '../../core/model/kinds.ts';
import type { Resource } from '../../core/model/resource.ts';
import type { SimEntry } from '../../core/simulate/entry.ts';
import type { SimulationRequest } from '../../store/index.ts';
import type { EntryOption } from './entry-options.ts';

const SCHEMES: Record<string, string> = {
  HTTPS: 'https',
  TLS: 'tls',
  TCP: 'tcp',
  MONGO: 'tcp',
  UDP: 'udp',
};
const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, grpc: 80, grpcs: 443 };

/** A concrete host for a hostname as written: wildcards get a `www` label, `*` none. */
function concreteHost(hostname: string | undefined): string | undefined {
  if (!hostname || hostname === '*') return undefined;
  return hostname.startsWith('*.') ? `www.${hostname.slice(2)}` : hostname;
}

function url(
  protocol: string,
  host: string,
  port: number | undefined,
  path: string,
  grpc: boolean,
): string {
  const http = SCHEMES[protocol.toUpperCase()] ?? 'http';
  const scheme = grpc ? (http === 'https' ? 'grpcs' : 'grpc') : http;
  const l4 = scheme === 'tls' || scheme === 'tcp' || scheme === 'udp';
  const shownPort = port === undefined || DEFAULT_PORTS[scheme] === port ? '' : `:${port}`;
  return `${scheme}://${host}${shownPort}${l4 ? '' : path}`;
}

interface FirstMatch {
  path: string;
  method?: string;
  headers: string[];
  /** A gRPC call (`grpc://` or `grpcs://`). */
  grpc?: boolean;
}

/** A GRPCRoute's first match as a gRPC call: `POST /service/method`. */
function grpcMatch(route: Resource): FirstMatch {
  const match = list(at(list(at(route.value, 'spec', 'rules'))[0], 'matches'))[0];
  const service = text(at(match, 'method', 'service')) ?? 'grpc.health.v1.Health';
  const method = text(at(match, 'method', 'method')) ?? 'Check';
  return { path: `/${service}/${method}`, method: 'POST', headers: [], grpc: true };
}

/** The path, method and exact headers of a Gateway API route's first match. */
function gatewayMatch(route: Resource): FirstMatch {
  if (route.kind === 'GRPCRoute') return grpcMatch(route);
  const match = list(at(list(at(route.value, 'spec', 'rules'))[0], 'matches'))[0];
  const pathType = text(at(match, 'path', 'type')) ?? 'PathPrefix';
  const value = text(at(match, 'path', 'value'));
  const headers = list(at(match, 'headers')).flatMap((h) => {
    const type = text(at(h, 'type')) ?? 'Exact';
    const name = text(at(h, 'name'));
    const headerValue = text(at(h, 'value'));
    return type === 'Exact' && name && headerValue !== undefined ? [`${name}: ${headerValue}`] : [];
  });
  const method = text(at(match, 'method'));
  return {
    path: value !== undefined && pathType !== 'RegularExpression' ? value : '/',
    headers,
    ...(method ? { method } : {}),
  };
}

/** The uri, method and exact headers of a VirtualService's first http match. */
function istioMatch(virtualService: Resource): FirstMatch {
  const match = list(at(list(at(virtualService.value, 'spec', 'http'))[0], 'match'))[0];
  const uri = text(at(match, 'uri', 'exact')) ?? text(at(match, 'uri', 'prefix')) ?? '/';
  const headers = Object.entries(record(at(match, 'headers')) ?? {}).flatMap(([name, m]) => {
    const exact = text(at(m, 'exact'));
    return exact === undefined ? [] : [`${name}: ${exact}`];
  });
  const method = text(at(match, 'method', 'exact'));
  return { path: uri, headers, ...(method ? { method } : {}) };
}

function request(
  entry: string,
  protocol: string,
  host: string,
  port: number | undefined,
  match: FirstMatch,
): SimulationRequest {
  const target = url(protocol, host, port, match.path, match.grpc === true);
  const l4 = !/^(https?|grpcs?):/.test(target);
  return {
    entry,
    method: l4 ? '-' : (match.method ?? 'GET'),
    url: target,
    headers: l4 ? '' : match.headers.join('\n'),
    sni: '',
  };
}

const ROUTE_PROTOCOLS: Record<string, readonly string[]> = {
  TLSRoute: ['TLS'],
  TCPRoute: ['TCP'],
  UDPRoute: ['UDP'],
};

/** A Gateway's listener a route attached by `edge` can use, as written. */
function listenerFor(gateway: Resource, edge: GraphEdge, route: Resource): unknown {
  const listeners = list(at(gateway.value, 'spec', 'listeners'));
  const named = edge.to.split('#listener/')[1];
  if (named !== undefined) return listeners.find((l) => text(at(l, 'name')) === named);
  const protocols = ROUTE_PROTOCOLS[route.kind] ?? ['HTTP', 'HTTPS'];
  return listeners.find((l) => protocols.includes(text(at(l, 'protocol')) ?? ''));
}

function gatewayRequest(
  design: Design,
  graph: Graph,
  option: EntryOption,
): SimulationRequest | undefined {
  if (option.entry.type !== 'gateway' || option.entry.listener !== undefined) return undefined;
  const key = `${GATEWAY_GROUP}/Gateway/${option.entry.namespace}/${option.entry.name}`;
  const gateway = design.byKey.get(key);
  if (!gateway) return undefined;
  for (const edge of graph.edges) {
    if (edge.type !== 'parent-ref' || (edge.to !== key && !edge.to.startsWith(`${key}#`))) continue;
    const route = design.byKey.get(edge.source.resource);
    const listener = route && listenerFor(gateway, edge, route);
    if (!route || !listener) continue;
    const host =
      concreteHost(text(list(at(route.value, 'spec', 'hostnames'))[0])) ??
      concreteHost(text(at(listener, 'hostname'))) ??
      'example.com';
    const port = at(listener, 'port');
    return request(
      option.id,
      text(at(listener, 'protocol')) ?? 'HTTP',
      host,
      typeof port === 'number' ? port : undefined,
      gatewayMatch(route),
    );
  }
  return undefined;
}

/** The VirtualService that serves the Istio entry point first. */
function virtualServiceAt(design: Design, graph: Graph, entry: SimEntry): Resource | undefined {
  if (entry.type === 'mesh') {
    const client = entry.namespace ?? design.options.defaultNamespace;
    return design.resources.find((r) => {
      if (r.group !== ISTIO_GROUP || r.kind !== 'VirtualService' || r.namespace !== client)
        return false;
      const gateways = list(at(r.value, 'spec', 'gateways'));
      return gateways.length === 0 || gateways.includes('mesh');
    });
  }
  if (entry.type !== 'istio-gateway') return undefined;
  const target = `${ISTIO_GROUP}/Gateway/${entry.namespace}/${entry.name}`;
  const edge = graph.edges.find((e) => e.type === 'istio-gateway' && e.to === target);
  return edge && design.byKey.get(edge.source.resource);
}

function istioRequest(
  design: Design,
  graph: Graph,
  option: EntryOption,
): SimulationRequest | undefined {
  const virtualService = virtualServiceAt(design, graph, option.entry);
  if (!virtualService) return undefined;
  const { entry } = option;
  const gateway =
    entry.type === 'istio-gateway'
      ? design.byKey.get(`${ISTIO_GROUP}/Gateway/${entry.namespace}/${entry.name}`)
      : undefined;
  const server = list(at(gateway?.value, 'spec', 'servers'))[0];
  const host =
    concreteHost(text(list(at(virtualService.value, 'spec', 'hosts'))[0])) ??
    concreteHost(text(list(at(server, 'hosts'))[0])?.replace(/^[^/]*\//, '')) ??
    'example.com';
  const port = at(server, 'port', 'number');
  return request(
    option.id,
    text(at(server, 'port', 'protocol')) ?? 'HTTP',
    host,
    typeof port === 'number' ? port : undefined,
    istioMatch(virtualService),
  );
}

/** The first entry point with a route behind it, and a request that route takes. */
export function defaultSimulation(
  design: Design,
  graph: Graph,
  options: readonly EntryOption[],
): SimulationRequest {
  for (const option of options) {
    const found = gatewayRequest(design, graph, option) ?? istioRequest(design, graph, option);
    if (found) return found;
  }
  const first = options[0]!;
  const host = first.entry.type === 'service' ? first.entry.name : 'example.com';
  return { entry: first.id, method: 'GET', url: `http://${host}/`, headers: '', sni: '' };
}
