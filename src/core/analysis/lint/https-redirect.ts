import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { GatewayApiAnalysis } from '../gateway-api/index.ts';
import { listenersOf, routeHostnames, type Listener } from '../gateway-api/listeners.ts';
import type { AnalysisContext } from '../support/context.ts';
import { effectiveHostnames, hostnameCovers, hostnamesIntersect } from '../support/hostnames.ts';
import { asString, field, objectsOf } from '../support/values.ts';
import type { Finding } from '../types.ts';

function redirectsToHttps(route: Resource): boolean {
  return objectsOf(field(route.value, 'spec', 'rules')).some(({ item }) =>
    objectsOf(item['filters']).some(
      ({ item: filter }) => asString(field(filter, 'requestRedirect', 'scheme')) === 'https',
    ),
  );
}

/** Hosts a listener serves through attached HTTPRoutes, with the routes serving each. */
function servedHosts(
  listener: Listener,
  routes: Resource[],
): { host: string | undefined; route: Resource }[] {
  return routes.flatMap((route) =>
    effectiveHostnames(listener.hostname, routeHostnames(route)).map((host) => ({ host, route })),
  );
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
      routesOn.set(listener, [...(routesOn.get(listener) ?? []), route]);
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
        const secure = servedHosts(https, routesOn.get(https) ?? []);
        const both = plain.find((p) => secure.some((s) => hostnamesIntersect(p.host, s.host)));
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
