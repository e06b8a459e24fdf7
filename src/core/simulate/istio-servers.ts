/** Istio Gateway servers: which server takes a request, by port, protocol and host (or SNI). */
import { serversOf, type ServerHost } from '../analysis/istio/istio-gateway.ts';
import { hostnameCovers } from '../analysis/support/hostnames.ts';
import { at, num, record, text } from '../graph/read.ts';
import type { Resource } from '../model/resource.ts';
import type { AnswerBuilder, SimListener } from './answer.ts';
import { noneServes, type Refusal } from './refusal.ts';
import type { SimRequest } from './request.ts';

export interface IstioServer {
  gateway: Resource;
  index: number;
  node: string;
  port: number | undefined;
  name: string;
  protocol: string;
  hosts: ServerHost[];
  tlsMode: string | undefined;
  httpsRedirect: boolean;
}

/** How the server handles what arrives: HTTP routing, TLS routes by SNI, or TCP routes. */
export type ServerRouting = 'http' | 'tls' | 'tcp';

const cache = new WeakMap<Resource, IstioServer[]>();

export function istioServers(gateway: Resource): IstioServer[] {
  let servers = cache.get(gateway);
  if (!servers) {
    const written = (at(gateway.value, 'spec', 'servers') as unknown[] | undefined) ?? [];
    servers = serversOf(gateway).map((s) => {
      const value = record(written[s.index]) ?? {};
      const protocol = (text(at(value, 'port', 'protocol')) ?? 'HTTP').toUpperCase();
      return {
        gateway,
        index: s.index,
        node: `${gateway.key}#server/${s.index}`,
        port: num(at(value, 'port', 'number')),
        name: text(at(value, 'port', 'name')) ?? `server ${s.index}`,
        protocol,
        hosts: s.hosts,
        tlsMode: text(at(value, 'tls', 'mode')),
        httpsRedirect: at(value, 'tls', 'httpsRedirect') === true,
      };
    });
    cache.set(gateway, servers);
  }
  return servers;
}

/** What a server does with the traffic it takes. */
export function serverRouting(server: IstioServer): ServerRouting {
  const passthrough = server.tlsMode === 'PASSTHROUGH' || server.tlsMode === 'AUTO_PASSTHROUGH';
  if (server.protocol === 'HTTPS') return passthrough ? 'tls' : 'http';
  if (server.protocol === 'TLS') return passthrough || server.tlsMode === undefined ? 'tls' : 'tcp';
  if (['HTTP', 'HTTP2', 'GRPC'].includes(server.protocol)) return 'http';
  return 'tcp';
}

function accepts(server: IstioServer, request: SimRequest): boolean {
  const tlsServer = server.protocol === 'HTTPS' || server.protocol === 'TLS';
  switch (request.scheme) {
    case 'http':
      return !tlsServer && serverRouting(server) === 'http';
    case 'https':
    case 'tls':
      return tlsServer;
    case 'tcp':
      return !tlsServer && serverRouting(server) === 'tcp';
    case 'udp':
      return false;
  }
}

export function simServer(server: IstioServer): SimListener {
  return {
    name: server.name,
    port: server.port ?? 0,
    protocol: server.protocol,
    node: server.node,
  };
}

function specificity(server: IstioServer, name: string): number {
  let best = -1;
  for (const { host } of server.hosts) {
    if (!hostnameCovers(host, name)) continue;
    best = Math.max(
      best,
      host === '*' ? 0 : host.startsWith('*') ? host.length : 1_000 + host.length,
    );
  }
  return best;
}

export type ServerChoice = { server: IstioServer } | Refusal;

/** Picks the server of an Istio Gateway that takes the request. */
export function chooseServer(
  gateway: Resource,
  request: SimRequest,
  b: AnswerBuilder,
): ServerChoice {
  const servers = istioServers(gateway);
  const onPort = servers.filter((s) => s.port === request.port);
  const label = (s: IstioServer) => `server ${s.name} (${s.protocol} ${s.port ?? '?'})`;
  for (const s of servers)
    if (s.port !== request.port)
      b.step('listener', `Not ${label(s)}: port ${s.port ?? '?'}, not ${request.port}.`, s.node);
  if (onPort.length === 0) {
    b.step(
      'listener',
      `Gateway ${gateway.namespace}/${gateway.name} has no server on port ${request.port}: the connection is refused.`,
    );
    return { refused: 'connection-refused' };
  }
  const compatible = onPort.filter((s) => accepts(s, request));
  for (const s of onPort)
    if (!compatible.includes(s))
      b.step('listener', `Not ${label(s)}: it does not take ${request.scheme} traffic.`, s.node);
  if (compatible.length === 0) {
    b.step(
      'listener',
      `No server on port ${request.port} takes ${request.scheme}: the connection fails.`,
    );
    return { refused: 'tls-handshake-failed' };
  }
  const name = request.scheme === 'http' ? request.host : (request.sni ?? request.host);
  const ranked = compatible
    .map((s) => ({ s, rank: request.scheme === 'tcp' ? 0 : specificity(s, name) }))
    .filter((r) => r.rank >= 0)
    .sort((x, y) => y.rank - x.rank);
  for (const s of compatible)
    if (!ranked.some((r) => r.s === s))
      b.step(
        'listener',
        `Not ${label(s)}: its hosts (${s.hosts.map((h) => h.host).join(', ')}) do not include ${name}.`,
        s.node,
      );
  const best = ranked[0]?.s;
  if (!best) return noneServes(b, request, name, 'server');
  b.step(
    'listener',
    `${label(best)} of Gateway ${gateway.namespace}/${gateway.name} takes the request.`,
    best.node,
  );
  b.through(gateway.key).through(best.node);
  return { server: best };
}
