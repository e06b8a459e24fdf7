/**
 * The routing table of one Gateway API listener (or, for GAMMA, one Service port): every match
 * of every attached HTTPRoute and GRPCRoute, grouped by the hostname it serves and sorted by the
 * spec's precedence. A request looks up only the groups its host can match, most specific first,
 * and takes the first entry whose match applies.
 */
import { effectiveHostnames } from '../analysis/support/hostnames.ts';
import { routeHostnames } from '../analysis/gateway-api/listeners.ts';
import type { Resource } from '../model/resource.ts';
import { gatewayRouteRules, type GatewayRuleModel } from '../traffic/gateway-rules.ts';
import { grpcMatchApplies, grpcMismatch } from '../traffic/grpc-match.ts';
import { httpMatchApplies, httpMismatch } from '../traffic/http-match.ts';
import {
  compareGrpc,
  compareHttp,
  creationTime,
  hostnameRank,
  type GrpcRanked,
  type HostnameRank,
  type HttpRanked,
} from '../traffic/precedence.ts';
import type { SimRequest } from './request.ts';

export interface HttpEntry extends HttpRanked {
  model: GatewayRuleModel;
}

export interface GrpcEntry extends GrpcRanked {
  model: GatewayRuleModel;
}

export type TableEntry = HttpEntry | GrpcEntry;

interface HostGroup {
  rank: HostnameRank;
  http: HttpEntry[];
  grpc: GrpcEntry[];
}

export interface RouteTable {
  /** Groups by exact hostname. */
  exact: Map<string, HostGroup>;
  /** Groups by wildcard suffix (`.example.com` for `*.example.com`). */
  wildcard: Map<string, HostGroup>;
  /** Routes that serve any host. */
  any: HostGroup | undefined;
  /** How many entries the table holds. */
  size: number;
}

function groupFor(table: RouteTable, hostname: string | undefined): HostGroup {
  const make = (): HostGroup => ({ rank: hostnameRank(hostname), http: [], grpc: [] });
  if (hostname === undefined || hostname === '*') return (table.any ??= make());
  const key = hostname.toLowerCase();
  const map = key.startsWith('*.') ? table.wildcard : table.exact;
  const id = key.startsWith('*.') ? key.slice(1) : key;
  let group = map.get(id);
  if (!group) map.set(id, (group = make()));
  return group;
}

/** One route's entries for one hostname it serves, sorted by precedence. */
interface RouteGroup {
  hostname: string | undefined;
  http: HttpEntry[];
  grpc: GrpcEntry[];
}

/** Per route object and listener hostname: its groups, computed once (routes are immutable). */
const routeGroups = new WeakMap<Resource, Map<string, RouteGroup[]>>();

function groupsOfRoute(
  route: Resource,
  listenerHostname: string | undefined,
  mesh: boolean,
): RouteGroup[] {
  const key = mesh ? '\u0000mesh' : (listenerHostname ?? '');
  let perListener = routeGroups.get(route);
  const known = perListener?.get(key);
  if (known) return known;
  const hostnames = mesh
    ? [undefined]
    : effectiveHostnames(listenerHostname, routeHostnames(route));
  const created = creationTime(route);
  const rules = gatewayRouteRules(route);
  const groups = [...new Set(hostnames)].map((hostname): RouteGroup => {
    const host = hostnameRank(hostname);
    const group: RouteGroup = { hostname, http: [], grpc: [] };
    for (const model of rules) {
      const base = { route, rule: model.index, host, created, model };
      for (const match of model.http ?? []) group.http.push({ ...base, match });
      for (const match of model.grpc ?? []) group.grpc.push({ ...base, match });
    }
    group.http.sort(compareHttp);
    group.grpc.sort(compareGrpc);
    return group;
  });
  if (!perListener) routeGroups.set(route, (perListener = new Map()));
  perListener.set(key, groups);
  return groups;
}

/**
 * Builds the table. `listenerHostname` narrows route hostnames as attachment does; `mesh`
 * (GAMMA, routes attached to a Service) ignores hostnames: every route serves the Service. Each
 * route's entries are kept per route object, so a rebuild after an edit only merges them; groups
 * that hold entries of several routes are sorted again.
 */
export function buildRouteTable(
  routes: readonly Resource[],
  listenerHostname: string | undefined,
  mesh: boolean,
): RouteTable {
  const table: RouteTable = { exact: new Map(), wildcard: new Map(), any: undefined, size: 0 };
  const merged = new Set<HostGroup>();
  for (const route of routes) {
    if (route.kind !== 'HTTPRoute' && route.kind !== 'GRPCRoute') continue;
    for (const own of groupsOfRoute(route, listenerHostname, mesh)) {
      const group = groupFor(table, own.hostname);
      if (group.http.length + group.grpc.length > 0) merged.add(group);
      for (const entry of own.http) group.http.push(entry);
      for (const entry of own.grpc) group.grpc.push(entry);
      table.size += own.http.length + own.grpc.length;
    }
  }
  for (const group of merged) {
    group.http.sort(compareHttp);
    group.grpc.sort(compareGrpc);
  }
  return table;
}

/** The groups a host can match, most specific hostname first (the spec's first criteria). */
export function groupsFor(table: RouteTable, host: string): HostGroup[] {
  const groups: HostGroup[] = [];
  const exact = table.exact.get(host);
  if (exact) groups.push(exact);
  for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
    const group = table.wildcard.get(host.slice(dot));
    if (group) groups.push(group);
  }
  if (table.any) groups.push(table.any);
  return groups;
}

/** A candidate that did not apply, with why (for explanations). */
export interface Miss {
  entry: TableEntry;
  why: string;
}

export interface TableMatch {
  winner?: TableEntry;
  /** The next applicable entry of another rule: what would have won without the winner. */
  runnerUp?: TableEntry;
  /** Entries ranked above the winner that did not apply (at most `MISSES_KEPT`). */
  misses: Miss[];
  /** Whether the request was matched against GRPCRoutes (a gRPC request to a host they serve). */
  grpc: boolean;
}

const MISSES_KEPT = 6;

function sameRule(a: TableEntry, b: TableEntry): boolean {
  return a.route === b.route && a.rule === b.rule;
}

/**
 * Matches a request against the table. A gRPC request uses the GRPCRoutes of its host when
 * there are any (the spec forbids merging the two kinds), else the HTTPRoutes.
 */
export function matchTable(table: RouteTable, request: SimRequest): TableMatch {
  const groups = groupsFor(table, request.host);
  const grpc = request.grpc && groups.some((g) => g.grpc.length > 0);
  const result: TableMatch = { misses: [], grpc };
  for (const group of groups) {
    const entries: readonly TableEntry[] = grpc ? group.grpc : group.http;
    for (const entry of entries) {
      const applies = grpc
        ? grpcMatchApplies((entry as GrpcEntry).match, request)
        : httpMatchApplies((entry as HttpEntry).match, request);
      if (!applies) {
        if (!result.winner && result.misses.length < MISSES_KEPT) {
          const why = grpc
            ? grpcMismatch((entry as GrpcEntry).match, request)
            : httpMismatch((entry as HttpEntry).match, request);
          result.misses.push({ entry, why: why ?? 'it does not apply' });
        }
        continue;
      }
      if (!result.winner) result.winner = entry;
      else if (!sameRule(result.winner, entry)) {
        result.runnerUp = entry;
        return result;
      }
    }
  }
  return result;
}
