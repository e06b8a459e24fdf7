/**
 * The entry points that serve a host, for the flow view: Gateway API listeners, Istio Gateway
 * servers and the mesh, each with one request per rule that can take requests under the prefix
 * (the traffic classes of `flows.ts`).
 */
import { hostnameCovers } from '../analysis/support/hostnames.ts';
import { GATEWAY_GROUP, ISTIO_GROUP } from '../model/kinds.ts';
import { prefixMatches } from '../traffic/http-match.ts';
import { describeIstioHttpMatch } from '../traffic/istio-match.ts';
import { istioRoutesOf } from '../traffic/istio-routes.ts';
import type { DesignIndex } from './design-index.ts';
import type { SimEntry } from './entry.ts';
import { describeEntryMatch } from './explain-precedence.ts';
import { istioFqdn } from './istio-destinations.ts';
import { istioServers, serverRouting, type IstioServer } from './istio-servers.ts';
import { chooseVirtualServices, MESH } from './istio-vs.ts';
import { buildRequest, type SimRequest } from './request.ts';
import { groupsFor, type TableEntry } from './route-table.ts';

/** An entry point that serves the host, with a request for each rule that can take it. */
export interface EntryPoint {
  id: string;
  label: string;
  graphNode?: string;
  entry: SimEntry;
  scheme: 'http' | 'https';
  port: number;
  /** Requests of the conditional classes, one per rule. */
  classes: { rule: string; condition: string; request: SimRequest }[];
}

function couldServe(prefix: string, type: string, value: string): boolean {
  if (type === 'Exact') return prefixMatches(prefix, value);
  if (type === 'PathPrefix') return prefixMatches(prefix, value) || prefixMatches(value, prefix);
  return true;
}

/** A request that satisfies a Gateway API match under the prefix (when one can be written). */
function requestFor(
  entry: TableEntry,
  scheme: string,
  host: string,
  prefix: string,
): SimRequest | undefined {
  const match = entry.match;
  const headers: string[] = match.headers.map(
    (h) => `${h.name}: ${h.matcher.kind === 'exact' ? h.matcher.value : 'x'}`,
  );
  let path = prefix;
  let method = 'GET';
  const query: string[] = [];
  if ('pathMatch' in match) {
    if (!couldServe(prefix, match.pathMatch.type, match.pathMatch.value)) return undefined;
    if (
      match.pathMatch.type !== 'RegularExpression' &&
      match.pathMatch.value.length > prefix.length
    )
      path = match.pathMatch.value;
    if (match.method) method = match.method;
    for (const q of match.queryParams)
      query.push(
        `${encodeURIComponent(q.name)}=${encodeURIComponent(q.matcher.kind === 'exact' ? q.matcher.value : 'x')}`,
      );
  }
  const built = buildRequest({
    method,
    url: `${scheme}://${host}${path}${query.length ? `?${query.join('&')}` : ''}`,
    headers,
  });
  return 'error' in built ? undefined : built;
}

export function gatewayEntries(index: DesignIndex, host: string, prefix: string): EntryPoint[] {
  const out: EntryPoint[] = [];
  for (const gateway of index.env.ctx.ofKind(GATEWAY_GROUP, 'Gateway')) {
    for (const listener of index.env.gatewayListeners(gateway)) {
      if (listener.protocol !== 'HTTP' && listener.protocol !== 'HTTPS') continue;
      if (index.env.topology.evaluations.get(listener)?.programmed === false) continue;
      if (!hostnameCovers(listener.hostname, host) || listener.port === undefined) continue;
      const table = index.tableOf(listener);
      const groups = groupsFor(table, host);
      if (groups.length === 0) continue;
      const scheme = listener.protocol === 'HTTPS' ? 'https' : 'http';
      const seen = new Set<string>();
      const classes: EntryPoint['classes'] = [];
      for (const group of groups) {
        for (const entry of group.http) {
          if (seen.has(entry.model.id)) continue;
          const request = requestFor(entry, scheme, `${host}:${listener.port}`, prefix);
          if (!request) continue;
          seen.add(entry.model.id);
          classes.push({ rule: entry.model.id, condition: describeEntryMatch(entry), request });
        }
      }
      out.push({
        id: `entry:${listener.owner.key}#listener/${listener.name}`,
        label: `${gateway.namespace}/${gateway.name} ${listener.name} (${listener.protocol} ${listener.port})`,
        graphNode: `${listener.owner.key}#listener/${listener.name}`,
        entry: {
          type: 'gateway',
          namespace: gateway.namespace ?? '',
          name: gateway.name,
          listener: listener.name,
        },
        scheme,
        port: listener.port,
        classes,
      });
    }
  }
  return out;
}

function istioClasses(
  index: DesignIndex,
  entry: string,
  base: { scheme: string; host: string; port: number },
  prefix: string,
  server?: IstioServer,
): EntryPoint['classes'] | undefined {
  const host = entry === MESH ? istioFqdn(base.host, 'default') : base.host;
  const choice = chooseVirtualServices(index.virtualServices, entry, host, server);
  if (choice.services.length === 0) return undefined;
  const classes: EntryPoint['classes'] = [];
  for (const vs of choice.services) {
    for (const route of istioRoutesOf(vs, 'http')) {
      for (const match of route.httpMatches.length ? route.httpMatches : [undefined]) {
        const uri = match?.uri;
        const literal =
          uri && (uri.kind === 'exact' || uri.kind === 'prefix') ? uri.value : undefined;
        if (literal !== undefined && !(literal.startsWith(prefix) || prefix.startsWith(literal)))
          continue;
        const path = literal !== undefined && literal.length > prefix.length ? literal : prefix;
        const headers = (match?.headers ?? []).map(
          (h) =>
            `${h.name}: ${h.matcher.kind === 'exact' || h.matcher.kind === 'prefix' ? h.matcher.value : 'x'}`,
        );
        const built = buildRequest({
          url: `${base.scheme}://${base.host}:${base.port}${path}`,
          headers,
        });
        if ('error' in built) continue;
        classes.push({
          rule: route.id,
          condition: match ? describeIstioHttpMatch(match) : 'any request',
          request: built,
        });
        break;
      }
    }
  }
  return classes;
}

export function istioEntries(index: DesignIndex, host: string, prefix: string): EntryPoint[] {
  const out: EntryPoint[] = [];
  for (const gateway of index.env.ctx.ofKind(ISTIO_GROUP, 'Gateway')) {
    for (const server of istioServers(gateway)) {
      if (serverRouting(server) !== 'http' || server.port === undefined || server.httpsRedirect)
        continue;
      if (!server.hosts.some((h) => hostnameCovers(h.host, host))) continue;
      const scheme = server.protocol === 'HTTPS' ? 'https' : 'http';
      const base = { scheme, host, port: server.port };
      const classes = istioClasses(
        index,
        `${gateway.namespace}/${gateway.name}`,
        base,
        prefix,
        server,
      );
      if (!classes) continue;
      out.push({
        id: `entry:${server.node}`,
        label: `${gateway.namespace}/${gateway.name} ${server.name} (${server.protocol} ${server.port})`,
        graphNode: server.node,
        entry: { type: 'istio-gateway', namespace: gateway.namespace ?? '', name: gateway.name },
        scheme,
        port: server.port,
        classes,
      });
    }
  }
  const mesh = istioClasses(index, MESH, { scheme: 'http', host, port: 80 }, prefix);
  if (mesh) {
    out.push({
      id: 'entry:mesh',
      label: 'mesh',
      graphNode: 'mesh',
      entry: { type: 'mesh' },
      scheme: 'http',
      port: 80,
      classes: mesh,
    });
  }
  return out;
}
