import type { Resource } from '../../model/resource.ts';
import { selectorText } from '../../mesh/labels.ts';
import type { AnalysisContext } from '../support/context.ts';
import { hostnamesIntersect } from '../support/hostnames.ts';
import type { Finding } from '../types.ts';
import { gatewaySelector, istioGateways, serversOf } from './istio-gateway.ts';

/** Server hosts of each Gateway, by `selector~port` (istioctl's initGatewaysMap). */
function hostsBySelectorAndPort(
  gateways: readonly Resource[],
): Map<string, Map<Resource, string[]>> {
  const map = new Map<string, Map<Resource, string[]>>();
  for (const gateway of gateways) {
    const selector = selectorText(gatewaySelector(gateway));
    for (const server of serversOf(gateway)) {
      const key = `${selector}~${server.port ?? 0}`;
      const byGateway = map.get(key) ?? new Map<Resource, string[]>();
      byGateway.set(gateway, [...(byGateway.get(gateway) ?? []), ...server.written]);
      map.set(key, byGateway);
    }
  }
  return map;
}

/**
 * IST0145, as istioctl's ConflictingGatewayAnalyzer: servers of different Gateways with the
 * same workload selector and port and intersecting hosts; the proxy applies only one of them.
 * One finding per server, naming each conflicting Gateway once.
 */
export function checkGatewayConflicts(ctx: AnalysisContext): Finding[] {
  const gateways = istioGateways(ctx);
  const map = hostsBySelectorAndPort(gateways);
  const findings: Finding[] = [];
  for (const gateway of gateways) {
    const selector = selectorText(gatewaySelector(gateway));
    for (const server of serversOf(gateway)) {
      const port = server.port ?? 0;
      const conflicting: string[] = [];
      for (const [other, hosts] of map.get(`${selector}~${port}`) ?? []) {
        if (other === gateway) continue;
        if (server.written.some((h) => hosts.some((o) => hostnamesIntersect(h, o)))) {
          conflicting.push(`${other.namespace}/${other.name}`);
        }
      }
      if (conflicting.length === 0) continue;
      findings.push({
        code: 'istio-gateway-conflict',
        severity: 'error',
        message: `Conflict with gateways ${conflicting.join(',')} (workload selector ${selector}, port ${port}, hosts ${server.written.join(',')}). Only one of them takes effect.`,
        resource: gateway,
        path: server.path,
        istioCode: 'IST0145',
      });
    }
  }
  return findings;
}
