/**
 * The request simulator: where one request goes through a design, and why. Pure: the answer
 * depends only on the design, the entry point and the request. Indexes are built on first use
 * and kept per design object (see `design-index.ts`).
 */
import type { Design } from '../design/design.ts';
import { formatPath } from '../diagnostics.ts';
import type { Graph, GraphEdge } from '../graph/types.ts';
import { at, list, num } from '../graph/read.ts';
import type { Resource } from '../model/resource.ts';
import { AnswerBuilder, type SimAnswer } from './answer.ts';
import { designIndex, type DesignIndex } from './design-index.ts';
import { describeEntry, entryResource, type SimEntry } from './entry.ts';
import { chooseListener, simListener } from './gateway-listener.ts';
import { routeOnTable } from './gateway-http.ts';
import { routeL4 } from './gateway-l4.ts';
import { simulateIstioGateway, simulateMesh } from './istio.ts';
import { backendRequestOf } from './headers.ts';
import { describeRequest, type SimRequest } from './request.ts';

type Partial = Omit<SimAnswer, 'explanation' | 'highlight'>;

export interface SimulateOptions {
  /** The graph highlights refer to (default: the shared graph builder's graph of the design). */
  graphOf?: (design: Design) => Graph;
  /** Leave out graph edge ids (the answer's `highlight.edges`), which need the graph. */
  edges?: boolean;
}

function gatewayApi(
  index: DesignIndex,
  gateway: Resource,
  entry: Extract<SimEntry, { type: 'gateway' }>,
  request: SimRequest,
  b: AnswerBuilder,
): Partial {
  const chosen = chooseListener(index.env, gateway, entry.listener, request, b);
  if ('refused' in chosen) {
    const outcome = chosen.refused === 'no-listener-for-host' ? 'no-route' : 'error';
    return {
      outcome,
      reason: chosen.refused,
      ...(chosen.statusCode ? { statusCode: chosen.statusCode } : {}),
      backends: [],
      mirrors: [],
    };
  }
  const { listener } = chosen;
  const sim = simListener(listener);
  if (listener.protocol === 'HTTP' || listener.protocol === 'HTTPS') {
    const table = index.tableOf(listener);
    return {
      listener: sim,
      ...routeOnTable(index, table, request, listener.port ?? request.port, sim.node, b),
    };
  }
  return { listener: sim, ...routeL4(index, listener, request, b) };
}

function servicePorts(service: Resource): { port: number; name?: string; protocol: string }[] {
  return list(at(service.value, 'spec', 'ports')).flatMap((p) => {
    const port = num(at(p, 'port'));
    const name = at(p, 'name');
    return port === undefined
      ? []
      : [
          {
            port,
            ...(typeof name === 'string' ? { name } : {}),
            protocol: String(at(p, 'appProtocol') ?? at(p, 'protocol') ?? 'TCP'),
          },
        ];
  });
}

function gamma(
  index: DesignIndex,
  service: Resource,
  request: SimRequest,
  b: AnswerBuilder,
): Partial {
  const port = servicePorts(service).find((p) => p.port === request.port);
  if (!port) {
    b.step(
      'listener',
      `Service ${service.namespace}/${service.name} has no port ${request.port}: the connection is refused.`,
      service.key,
    );
    return { outcome: 'error', reason: 'connection-refused', backends: [], mirrors: [] };
  }
  const listener = {
    name: port.name ?? String(port.port),
    port: port.port,
    protocol: port.protocol,
    node: service.key,
  };
  b.through(service.key);
  const routes = index.meshRoutes(service, request.port);
  if (routes.length === 0) {
    b.step(
      'route',
      `No route is attached to Service ${service.namespace}/${service.name}: the request goes to the Service itself.`,
      service.key,
    );
    return {
      listener,
      outcome: 'backend',
      backends: [
        {
          kind: 'Service',
          namespace: service.namespace ?? '',
          name: service.name,
          port: port.port,
          weight: 1,
          probability: 1,
        },
      ],
      backendRequest: backendRequestOf(request),
      mirrors: [],
    };
  }
  b.step(
    'listener',
    `${routes.length} mesh route${routes.length > 1 ? 's are' : ' is'} attached to Service ${service.namespace}/${service.name} port ${port.port}.`,
    service.key,
  );
  return {
    listener,
    ...routeOnTable(
      index,
      index.meshTable(service, request.port),
      request,
      request.port,
      undefined,
      b,
    ),
  };
}

const edgeIndexes = new WeakMap<Graph, Map<string, GraphEdge[]>>();

function edgesFrom(graph: Graph, from: string, path: string): readonly GraphEdge[] {
  let index = edgeIndexes.get(graph);
  if (!index) {
    index = new Map();
    for (const edge of graph.edges) {
      const key = `${edge.from}\u0000${formatPath(edge.source.path)}`;
      const list = index.get(key);
      if (list) list.push(edge);
      else index.set(key, [edge]);
    }
    edgeIndexes.set(graph, index);
  }
  return index.get(`${from}\u0000${path}`) ?? [];
}

function highlight(
  index: DesignIndex,
  b: AnswerBuilder,
  listenerNode: string | undefined,
  withEdges: boolean,
): SimAnswer['highlight'] {
  const nodes = new Set(b.nodes);
  const edges: string[] = [];
  if (withEdges && b.edges.length > 0) {
    const graph = index.graph();
    for (const ref of b.edges) {
      for (const edge of edgesFrom(graph, ref.from, formatPath(ref.path))) {
        // A parentRef without sectionName points at the Gateway; with a port, at each listener on it.
        if (
          edge.type === 'parent-ref' &&
          listenerNode &&
          edge.to.includes('#listener/') &&
          edge.to !== listenerNode
        )
          continue;
        edges.push(edge.id);
        nodes.add(edge.from).add(edge.to);
      }
    }
  }
  return { nodes: [...nodes], edges };
}

/**
 * Simulates one request entering the design at `entry`. Never throws for bad designs: what
 * cannot be routed is an answer (`no-route`, `error`) with the reason in the explanation.
 */
export function simulate(
  design: Design,
  entry: SimEntry,
  request: SimRequest,
  options: SimulateOptions = {},
): SimAnswer {
  const index = designIndex(design, options.graphOf);
  const b = new AnswerBuilder();
  b.step('request', `${describeRequest(request)} enters at ${describeEntry(entry)}.`);
  const resource = entryResource(design, entry);
  let partial: Partial;
  if (typeof resource === 'string') {
    b.step('entry', resource);
    partial = { outcome: 'error', reason: 'unknown-entry', backends: [], mirrors: [] };
  } else if (entry.type === 'mesh') partial = simulateMesh(index, request, b);
  else if (entry.type === 'istio-gateway')
    partial = simulateIstioGateway(index, resource!, request, b);
  else if (entry.type === 'service') partial = gamma(index, resource!, request, b);
  else partial = gatewayApi(index, resource!, entry, request, b);
  return {
    ...partial,
    explanation: b.steps,
    highlight: highlight(index, b, partial.listener?.node, options.edges !== false),
  };
}
