import type { AnalysisContext } from '../support/context.ts';
import { hostnamesIntersect } from '../support/hostnames.ts';
import { field, plainEqual } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { istioGateways, serversOf, type Server } from './istio-gateway.ts';

function sharedHosts(a: Server, b: Server): string[] {
  return a.hosts
    .filter((ha) => b.hosts.some((hb) => hostnamesIntersect(ha.host, hb.host)))
    .map((h) => h.host);
}

/**
 * IST0145: two Istio Gateways selecting the same workloads with servers on the same port whose
 * hosts overlap; the proxy can only apply one of them.
 */
export function checkGatewayConflicts(ctx: AnalysisContext): Finding[] {
  const findings: Finding[] = [];
  const gateways = istioGateways(ctx);
  for (const gateway of gateways) {
    const selector = field(gateway.value, 'spec', 'selector') ?? {};
    for (const other of gateways) {
      if (other === gateway || !plainEqual(selector, field(other.value, 'spec', 'selector') ?? {}))
        continue;
      for (const server of serversOf(gateway)) {
        for (const otherServer of serversOf(other)) {
          if (server.port === undefined || server.port !== otherServer.port) continue;
          const hosts = sharedHosts(server, otherServer);
          if (hosts.length === 0) continue;
          findings.push({
            code: 'istio-gateway-conflict',
            severity: 'error',
            message: `Server ${server.index} conflicts with Gateway ${other.namespace}/${other.name} server ${otherServer.index}: same workload selector ${JSON.stringify(selector)}, port ${server.port}, hosts ${hosts.join(', ')}. Only one of them takes effect.`,
            resource: gateway,
            path: server.path,
            istioCode: 'IST0145',
          });
        }
      }
    }
  }
  return findings;
}
