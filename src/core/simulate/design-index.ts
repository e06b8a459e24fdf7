/**
 * Everything the simulator looks up in one design, built lazily and kept per design object:
 * the routes on each listener, each listener's routing table, the GAMMA routes of a Service.
 * Tables are also kept per listener across designs while its routes are the same objects, so an
 * edit re-sorts only the tables of the listeners the edited route is attached to.
 */
import type { Listener } from '../analysis/gateway-api/listeners.ts';
import type { Design } from '../design/design.ts';
import { buildGraph } from '../graph/build.ts';
import type { Graph } from '../graph/types.ts';
import { CORE_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { creationTime } from '../traffic/precedence.ts';
import { environmentFor, partsOf, type SimEnvironment } from './environment.ts';
import { buildRouteTable, type RouteTable } from './route-table.ts';

export interface DesignIndex {
  readonly design: Design;
  readonly env: SimEnvironment;
  /** VirtualServices in the order istiod sorts them: creationTimestamp, name, namespace. */
  readonly virtualServices: readonly Resource[];
  /** Gateway API routes attached to a listener, in design order. */
  routesOn(listener: Listener): readonly Resource[];
  tableOf(listener: Listener): RouteTable;
  /** HTTPRoutes and GRPCRoutes attached to a Service (GAMMA) for a port. */
  meshRoutes(service: Resource, port: number): readonly Resource[];
  meshTable(service: Resource, port: number): RouteTable;
  /** The design's graph, for highlighting (the shared builder unless one was given). */
  graph(): Graph;
}

interface CachedTable {
  routes: readonly Resource[];
  table: RouteTable;
}

const tables = new WeakMap<Listener, CachedTable>();
const indexes = new WeakMap<Design, DesignIndex>();

function same(a: readonly Resource[], b: readonly Resource[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

function build(design: Design, graphOf: (design: Design) => Graph): DesignIndex {
  const parts = partsOf(design);
  const env = environmentFor(design, parts.environment);
  let byListener: Map<Listener, Resource[]> | undefined;
  const routes = () => parts.gatewayRoutes;
  const meshCache = new Map<string, { routes: Resource[]; table?: RouteTable }>();
  let graph: Graph | undefined;
  const index: DesignIndex = {
    design,
    env,
    virtualServices: parts.virtualServices.sort(
      (a, b) =>
        creationTime(a) - creationTime(b) ||
        a.name.localeCompare(b.name) ||
        (a.namespace ?? '').localeCompare(b.namespace ?? ''),
    ),
    routesOn(listener) {
      if (!byListener) {
        byListener = new Map();
        for (const route of routes()) {
          for (const l of env.routeFacts(route).listeners) {
            const list = byListener.get(l);
            if (list) list.push(route);
            else byListener.set(l, [route]);
          }
        }
      }
      return byListener.get(listener) ?? [];
    },
    tableOf(listener) {
      const onListener = index.routesOn(listener);
      const cached = tables.get(listener);
      if (cached && same(cached.routes, onListener)) return cached.table;
      const table = buildRouteTable(onListener, listener.hostname, false);
      tables.set(listener, { routes: onListener, table });
      return table;
    },
    meshRoutes(service, port) {
      return meshEntry(service, port).routes;
    },
    meshTable(service, port) {
      const entry = meshEntry(service, port);
      entry.table ??= buildRouteTable(entry.routes, undefined, true);
      return entry.table;
    },
    graph() {
      graph ??= graphOf(design);
      return graph;
    },
  };
  function meshEntry(service: Resource, port: number) {
    const key = `${service.key}:${port}`;
    let entry = meshCache.get(key);
    if (!entry) {
      const attached = routes().filter((route) =>
        env
          .routeFacts(route)
          .parents.some(
            ({ ref, attachment }) =>
              ref.group === CORE_GROUP &&
              ref.kind === 'Service' &&
              ref.namespace === service.namespace &&
              ref.name === service.name &&
              (ref.port === undefined || ref.port === port) &&
              attachment.accepted.status === 'True',
          ),
      );
      entry = { routes: attached };
      meshCache.set(key, entry);
    }
    return entry;
  }
  return index;
}

/** The index of a design, built on first use. `graphOf` defaults to the shared graph builder. */
export function designIndex(
  design: Design,
  graphOf: (design: Design) => Graph = buildGraph,
): DesignIndex {
  let index = indexes.get(design);
  if (!index) {
    index = build(design, graphOf);
    indexes.set(design, index);
  }
  return index;
}
