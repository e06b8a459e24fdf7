/** Istio entry points: an Istio Gateway (its servers) or the mesh (sidecars). */
import { CORE_GROUP } from '../model/kinds.ts';
import { SERVICE_DOMAIN } from '../mesh/hosts.ts';
import type { Resource } from '../model/resource.ts';
import { at, list, num, record } from '../graph/read.ts';
import type { IstioMatchContext } from '../traffic/istio-match.ts';
import { istioL4Mismatch } from '../traffic/istio-match.ts';
import { istioRoutesOf, type IstioRouteModel } from '../traffic/istio-routes.ts';
import type { AnswerBuilder, SimAnswer, SimListener } from './answer.ts';
import type { DesignIndex } from './design-index.ts';
import { istioFqdn } from './istio-destinations.ts';
import { istioBackends, istioRouteRef, routeIstioHttp } from './istio-http.ts';
import { chooseServer, serverRouting, simServer, type IstioServer } from './istio-servers.ts';
import { chooseVirtualServices, contextFor, gatewayKey, MESH } from './istio-vs.ts';
import { backendRequestOf } from './headers.ts';
import { location } from './redirect.ts';
import type { SimRequest } from './request.ts';

type Partial = Omit<SimAnswer, 'explanation' | 'highlight'>;

function matchContext(
  entry: string,
  request: SimRequest,
  labels: Readonly<Record<string, string>>,
  namespace: string | undefined,
): IstioMatchContext {
  const ctx: IstioMatchContext = {
    gateway: entry,
    port: request.port,
    sourceLabels: labels,
    resolveGateway: (g) => gatewayKey(g, ''),
  };
  if (namespace !== undefined) ctx.sourceNamespace = namespace;
  return ctx;
}

function routeL4(
  index: DesignIndex,
  services: readonly Resource[],
  section: 'tcp' | 'tls',
  request: SimRequest,
  base: IstioMatchContext,
  b: AnswerBuilder,
): Omit<Partial, 'listener'> {
  let winner: IstioRouteModel | undefined;
  let matchIndex = -1;
  for (const vs of services) {
    const ctx = contextFor(base, vs);
    for (const route of istioRoutesOf(vs, section)) {
      const reasons = route.l4Matches.map((m) => istioL4Mismatch(m, ctx, request.sni));
      const hit = route.l4Matches.length === 0 ? -1 : reasons.findIndex((r) => r === undefined);
      if (route.l4Matches.length > 0 && hit === -1) {
        b.step(
          'match',
          `VirtualService ${vs.namespace}/${vs.name} ${section}[${route.index}] does not match: ${reasons.join('; ')}.`,
          route.id,
        );
        continue;
      }
      winner = route;
      matchIndex = hit;
      break;
    }
    if (winner) break;
  }
  if (!winner) {
    b.step('route', `No ${section} route matches: the connection is closed.`);
    return { outcome: 'no-route', reason: 'no-route', backends: [], mirrors: [] };
  }
  const vs = winner.virtualService;
  b.through(vs.key).through(winner.id);
  b.step(
    'route',
    `VirtualService ${vs.namespace}/${vs.name} ${section}[${winner.index}] takes the connection.`,
    winner.id,
  );
  const backends = istioBackends(index.env, winner, undefined, b);
  const route = istioRouteRef(winner, matchIndex);
  if (backends.length === 0) {
    return { outcome: 'error', reason: 'all-weights-zero', route, backends, mirrors: [] };
  }
  return {
    outcome: backends.every((x) => x.error) ? 'error' : 'backend',
    route,
    backends,
    mirrors: [],
  };
}

function explainChoice(
  choice: ReturnType<typeof chooseVirtualServices>,
  entry: string,
  b: AnswerBuilder,
): void {
  // Highlight the `spec.gateways` entries that bind the chosen VirtualServices to this entry.
  for (const vs of choice.services) {
    list(at(vs.value, 'spec', 'gateways')).forEach((g, i) => {
      if (typeof g === 'string' && gatewayKey(g, vs.namespace ?? '') === entry) {
        b.through(undefined, { from: vs.key, path: ['spec', 'gateways', i] });
      }
    });
  }
  for (const { vs, why } of choice.others)
    b.step('virtual-service', `Not VirtualService ${vs.namespace}/${vs.name}: ${why}.`, vs.key);
  if (choice.services.length === 0) return;
  const names = choice.services.map((v) => `${v.namespace}/${v.name}`).join(', ');
  b.step(
    'virtual-service',
    choice.services.length > 1
      ? `VirtualServices ${names} serve host ${choice.host} on ${entry}; Istio merges their routes in creation order.`
      : `VirtualService ${names} serves host ${choice.host}.`,
    choice.services[0]?.key,
  );
  for (const vs of choice.ignored)
    b.step(
      'note',
      `VirtualService ${vs.namespace}/${vs.name} also defines ${choice.host} for the mesh; Istio uses only the oldest one.`,
      vs.key,
    );
}

/** A request to an Istio Gateway. */
export function simulateIstioGateway(
  index: DesignIndex,
  gateway: Resource,
  request: SimRequest,
  b: AnswerBuilder,
): Partial {
  const chosen = chooseServer(gateway, request, b);
  if ('refused' in chosen) {
    return {
      outcome: chosen.refused === 'no-listener-for-host' ? 'no-route' : 'error',
      reason: chosen.refused,
      ...(chosen.statusCode ? { statusCode: chosen.statusCode } : {}),
      backends: [],
      mirrors: [],
    };
  }
  const server: IstioServer = chosen.server;
  const listener: SimListener = simServer(server);
  const entry = `${gateway.namespace}/${gateway.name}`;
  if (server.httpsRedirect && request.scheme === 'http') {
    const where = location('https', request.host, undefined, request.path, request.rawQuery);
    b.step('filter', `Server ${server.name} has tls.httpsRedirect: 301 to ${where}.`);
    return {
      listener,
      outcome: 'redirect',
      statusCode: 301,
      redirect: { location: where, statusCode: 301 },
      backends: [],
      mirrors: [],
    };
  }
  const routing = serverRouting(server);
  const name = routing === 'http' ? request.host : (request.sni ?? request.host);
  const choice = chooseVirtualServices(index.virtualServices, entry, name, server);
  explainChoice(choice, entry, b);
  const selector = Object.fromEntries(
    Object.entries(record(at(gateway.value, 'spec', 'selector')) ?? {}).map(([k, v]) => [
      k,
      String(v),
    ]),
  );
  const ctx = matchContext(entry, request, selector, gateway.namespace);
  if (choice.services.length === 0) {
    b.step(
      'route',
      `No VirtualService bound to Gateway ${entry} serves ${name}: ${routing === 'http' ? '404' : 'the connection is closed'}.`,
    );
    return {
      listener,
      outcome: 'no-route',
      reason: 'no-route',
      ...(routing === 'http' ? { statusCode: 404 } : {}),
      backends: [],
      mirrors: [],
    };
  }
  if (routing === 'http') {
    const tls = server.protocol === 'HTTPS';
    return {
      listener,
      ...routeIstioHttp(
        {
          env: index.env,
          services: choice.services,
          request,
          ctx,
          tls,
        },
        b,
      ),
    };
  }
  return { listener, ...routeL4(index, choice.services, routing, request, ctx, b) };
}

/**
 * The host a sidecar's outbound routes match for a request to `written`. A host some
 * VirtualService on the mesh names as written is taken as is; otherwise the client's forms of a
 * cluster Service (`name` in its own namespace, `name.ns`, `name.ns.svc`), which istiod adds to
 * the Service's virtual host as alternative domains, stand for `name.ns.svc.cluster.local`.
 * (Configuration hosts are different: there `name.ns` is literal, see `mesh/hosts.ts`.)
 */
function meshRequestHost(index: DesignIndex, written: string, sourceNamespace: string): string {
  const literal = istioFqdn(written, sourceNamespace);
  if (chooseVirtualServices(index.virtualServices, MESH, written).services.length > 0)
    return literal;
  const alternative = /^([^.]+)\.([^.]+)(\.svc)?$/.exec(written);
  return alternative ? `${alternative[1]}.${alternative[2]}.${SERVICE_DOMAIN}` : literal;
}

/** A request from a sidecar in the mesh to a Service host. */
export function simulateMesh(index: DesignIndex, request: SimRequest, b: AnswerBuilder): Partial {
  const sourceNamespace = request.source?.namespace ?? 'default';
  const written = (
    request.sni && request.scheme !== 'http' ? request.sni : request.host
  ).toLowerCase();
  const host = meshRequestHost(index, written, sourceNamespace);
  const listener: SimListener = {
    name: MESH,
    port: request.port,
    protocol: request.scheme === 'http' ? 'HTTP' : request.scheme.toUpperCase(),
  };
  b.through(MESH);
  const choice = chooseVirtualServices(index.virtualServices, MESH, host);
  explainChoice(choice, MESH, b);
  const ctx = matchContext(MESH, request, request.source?.labels ?? {}, sourceNamespace);
  if (choice.services.length === 0) return { listener, ...defaultRoute(index, host, request, b) };
  const section = request.scheme === 'http' ? 'http' : request.scheme === 'tcp' ? 'tcp' : 'tls';
  if (section === 'http') {
    return {
      listener,
      ...routeIstioHttp(
        {
          env: index.env,
          services: choice.services,
          request,
          ctx,
          tls: false,
        },
        b,
      ),
    };
  }
  return { listener, ...routeL4(index, choice.services, section, request, ctx, b) };
}

/** Without a VirtualService the sidecar sends the request to the Service it names. */
function defaultRoute(
  index: DesignIndex,
  host: string,
  request: SimRequest,
  b: AnswerBuilder,
): Omit<Partial, 'listener'> {
  const parts = /^([^.]+)\.([^.]+)\.svc\.cluster\.local$/.exec(host);
  const service = parts
    ? index.env.ctx.find(CORE_GROUP, 'Service', parts[2], parts[1]!)
    : undefined;
  if (!service) {
    b.step(
      'route',
      `No VirtualService and no Service of this design for ${host}: with Istio's default outboundTrafficPolicy (ALLOW_ANY) the request leaves the mesh unchanged; with REGISTRY_ONLY it gets 502.`,
    );
    return { outcome: 'no-route', reason: 'no-route', backends: [], mirrors: [] };
  }
  const ports = list(at(service.value, 'spec', 'ports')).map((p) => num(at(p, 'port')));
  if (!ports.includes(request.port)) {
    b.step(
      'route',
      `Service ${service.namespace}/${service.name} has no port ${request.port} (ports: ${ports.join(', ')}): the connection is refused.`,
    );
    return { outcome: 'error', reason: 'connection-refused', backends: [], mirrors: [] };
  }
  b.step(
    'route',
    `No VirtualService for ${host}: the sidecar sends the request to Service ${service.namespace}/${service.name} itself.`,
    service.key,
  );
  b.through(service.key);
  return {
    outcome: 'backend',
    backends: [
      {
        kind: 'Service',
        namespace: service.namespace ?? '',
        name: service.name,
        port: request.port,
        weight: 1,
        probability: 1,
      },
    ],
    mirrors: [],
    ...(request.scheme === 'http' ? { backendRequest: backendRequestOf(request) } : {}),
  };
}
