import { ISTIO_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { hostnamesIntersect } from '../support/hostnames.ts';
import type { Finding } from '../types.ts';
import { serversOf } from './istio-gateway.ts';
import { fqdn } from './service-hosts.ts';
import { gatewayBindings, MESH, virtualServices, vsHosts } from './virtual-service.ts';

/** IST0132: VirtualService hosts that no server of a bound Gateway serves for its namespace. */
export function checkHostsInGateways(ctx: AnalysisContext): Finding[] {
  const findings: Finding[] = [];
  for (const vs of virtualServices(ctx)) {
    const hosts = vsHosts(vs);
    for (const binding of gatewayBindings(vs).spec) {
      if (binding.key === MESH) continue;
      const gateway = ctx.find(ISTIO_GROUP, 'Gateway', binding.namespace, binding.name);
      if (!gateway) continue;
      const served = serversOf(gateway)
        .flatMap((s) => s.hosts)
        .filter((h) => h.namespace === '*' || h.namespace === vs.namespace);
      const unserved = hosts.filter(
        (host) => !served.some((s) => hostnamesIntersect(s.host, host)),
      );
      if (unserved.length === 0) continue;
      findings.push({
        code: 'vs-host-not-in-gateway',
        severity: 'warning',
        message: `Host${unserved.length > 1 ? 's' : ''} ${unserved.join(', ')} ${unserved.length > 1 ? 'are' : 'is'} not served by Gateway ${binding.key} for namespace ${vs.namespace} (server hosts: ${served.map((s) => s.host).join(', ') || 'none'}), so this VirtualService gets no traffic for ${unserved.length > 1 ? 'them' : 'it'} there.`,
        resource: vs,
        path: binding.path,
        istioCode: 'IST0132',
      });
    }
  }
  return findings;
}

/**
 * IST0109 (mesh): several VirtualServices bound to the same gateway define the same host. On the
 * mesh this is undefined behaviour; on an ingress Gateway Istio merges them, ordering rules by
 * creation time, which a design does not fix.
 */
export function checkHostConflicts(ctx: AnalysisContext): Finding[] {
  const byGatewayHost = new Map<string, Resource[]>();
  for (const vs of virtualServices(ctx)) {
    for (const binding of gatewayBindings(vs).spec) {
      for (const host of vsHosts(vs)) {
        const key = `${binding.key} ${fqdn(host, vs.namespace ?? '')}`;
        const list = byGatewayHost.get(key) ?? [];
        if (!list.includes(vs)) list.push(vs);
        byGatewayHost.set(key, list);
      }
    }
  }
  const findings: Finding[] = [];
  for (const [key, list] of byGatewayHost) {
    if (list.length < 2) continue;
    const [gateway, host] = key.split(' ') as [string, string];
    const mesh = gateway === MESH;
    const names = list.map((v) => `${v.namespace}/${v.name}`).join(', ');
    for (const vs of list) {
      const index = vsHosts(vs).findIndex((h) => fqdn(h, vs.namespace ?? '') === host);
      findings.push({
        code: 'vs-host-conflict',
        severity: mesh ? 'error' : 'warning',
        message: mesh
          ? `VirtualServices ${names} all define host ${host} for the mesh; which one applies is undefined. Merge them into one VirtualService.`
          : `VirtualServices ${names} all define host ${host} on Gateway ${gateway}; Istio merges them in creation order, so rule order depends on when each was applied.`,
        resource: vs,
        path: ['spec', 'hosts', Math.max(index, 0)],
        ...(mesh ? { istioCode: 'IST0109' } : {}),
      });
    }
  }
  return findings;
}
