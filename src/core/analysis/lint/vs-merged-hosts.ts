import type { Resource } from '../../model/resource.ts';
import { hostFqdn, MESH_GATEWAY } from '../../mesh/hosts.ts';
import { gatewayBindings, virtualServices, vsHosts } from '../istio/virtual-service.ts';
import type { AnalysisContext } from '../support/context.ts';
import type { Finding } from '../types.ts';

/**
 * Several VirtualServices defining the same host on one ingress Gateway. Istio merges them,
 * ordering their rules by creation time, which a design does not fix. (On the mesh this is
 * IST0109, `vs-host-conflict`.)
 */
export function checkMergedGatewayHosts(ctx: AnalysisContext): Finding[] {
  const byGatewayHost = new Map<string, { vs: Resource; index: number }[]>();
  for (const vs of virtualServices(ctx)) {
    for (const binding of gatewayBindings(vs).spec) {
      if (binding.key === MESH_GATEWAY) continue;
      vsHosts(vs).forEach((host, index) => {
        const key = `${binding.key} ${hostFqdn(host, vs.namespace ?? '')}`;
        const list = byGatewayHost.get(key) ?? [];
        if (!list.some((d) => d.vs === vs)) list.push({ vs, index });
        byGatewayHost.set(key, list);
      });
    }
  }
  const findings: Finding[] = [];
  for (const [key, list] of byGatewayHost) {
    if (list.length < 2) continue;
    const [gateway, host] = key.split(' ') as [string, string];
    const names = list.map(({ vs }) => `${vs.namespace}/${vs.name}`).join(', ');
    for (const { vs, index } of list) {
      findings.push({
        code: 'vs-hosts-merged',
        severity: 'info',
        message: `VirtualServices ${names} all define host ${host} on Gateway ${gateway}; Istio merges them in creation order, so rule order depends on when each was applied.`,
        resource: vs,
        path: ['spec', 'hosts', index],
      });
    }
  }
  return findings;
}
