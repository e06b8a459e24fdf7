import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { GatewayApiAnalysis } from '../gateway-api/index.ts';
import { hostsServedOn, listenersOf, type Listener } from '../gateway-api/listeners.ts';
import type { AnalysisContext } from '../support/context.ts';
import { hostnameCovers, hostnamesIntersect } from '../support/hostnames.ts';
import { asString, field, objectsOf } from '../support/values.ts';
import { perResource } from '../support/memo.ts';
import type { Finding } from '../types.ts';

const redirectsToHttps = perResource((route: Resource): boolean =>
  objectsOf(field(route.value, 'spec', 'rules')).some(({ item }) =>
    objectsOf(item['filters']).some(
      ({ item: filter }) => asString(field(filter, 'requestRedirect', 'scheme')) === 'https',
    ),
  ),
);

/**
 * Whether some host of `secure` intersects `host`. Exact names are looked up in a set; only
 * wildcards and "any host" are compared one by one (a thousand routes on each side stay cheap).
 */
function intersectsAny(secure: { host: string | undefined }[]) {
  const wild = secure.filter((s) => s.host === undefined || s.host.includes('*'));
  const exact = new Set(
    secure.flatMap((s) =>
      s.host !== undefined && !s.host.includes('*') ? [s.host.toLowerCase()] : [],
    ),
  );
  return (host: string | undefined) =>
    host === undefined || host.includes('*')
      ? secure.some((s) => hostnamesIntersect(host, s.host))
      : exact.has(host.toLowerCase()) || wild.some((s) => hostnamesIntersect(host, s.host));
}

/** Hosts a listener serves through attached HTTPRoutes, with the routes serving each. */
function servedHosts(
  listener: Listener,
  routes: Resource[],
): { host: string | undefined; route: Resource }[] {
  return routes.flatMap((route) => hostsServedOn(listener, route).map((host) => ({ host, route })));
}

/**
 * HTTP listeners that serve a host in plaintext while an HTTPS listener of the same Gateway
 * serves it too, with no route redirecting that host to https.
 */
export function checkHttpsRedirects(
  ctx: AnalysisContext,
  gatewayApi: GatewayApiAnalysis,
): Finding[] {
  const routesOn = new Map<Listener, Resource[]>();
  for (const route of ctx.ofKind(GATEWAY_GROUP, 'HTTPRoute')) {
    for (const listener of gatewayApi.attachments.get(route.key) ?? []) {
      const routes = routesOn.get(listener);
      if (routes) routes.push(route);
      else routesOn.set(listener, [route]);
    }
  }
  const findings: Finding[] = [];
  for (const gateway of ctx.ofKind(GATEWAY_GROUP, 'Gateway')) {
    const listeners = listenersOf(gateway);
    for (const http of listeners.filter((l) => l.protocol === 'HTTP')) {
      const served = servedHosts(http, routesOn.get(http) ?? []);
      const redirected = served.filter(({ route }) => redirectsToHttps(route)).map((s) => s.host);
      const plain = served.filter(
        ({ route, host }) =>
          !redirectsToHttps(route) && !redirected.some((r) => hostnameCovers(r, host)),
      );
      for (const https of listeners.filter((l) => l.protocol === 'HTTPS')) {
        const servedSecurely = intersectsAny(servedHosts(https, routesOn.get(https) ?? []));
        const both = plain.find((p) => servedSecurely(p.host));
        if (!both) continue;
        findings.push({
          code: 'missing-https-redirect',
          severity: 'info',
          message: `Listener ${http.name} serves ${both.host ?? 'every host'} over plain HTTP (HTTPRoute ${both.route.namespace}/${both.route.name}) while listener ${https.name} serves it over HTTPS; consider an HTTPRoute on ${http.name} with a RequestRedirect filter to scheme https.`,
          resource: gateway,
          path: http.path,
        });
        break;
      }
    }
  }
  return findings;
}
