import { ISTIO_GROUP } from '../../model/kinds.ts';
import { MESH_GATEWAY } from '../../mesh/hosts.ts';
import { gatewayBindings, virtualServices } from '../istio/virtual-service.ts';
import type { AnalysisContext } from '../support/context.ts';
import type { Finding } from '../types.ts';

/**
 * Gateways named in VirtualService http match conditions that are not in the design
 * (istioctl checks only `spec.gateways`); such a condition can never match.
 */
export function checkMatchGateways(ctx: AnalysisContext): Finding[] {
  const findings: Finding[] = [];
  for (const vs of virtualServices(ctx)) {
    for (const binding of gatewayBindings(vs).inMatches) {
      if (binding.key === MESH_GATEWAY) continue;
      if (ctx.find(ISTIO_GROUP, 'Gateway', binding.namespace, binding.name)) continue;
      findings.push({
        code: 'vs-match-gateway-not-found',
        severity: ctx.missingSeverity,
        message: `Istio Gateway ${binding.key}, named in this match condition, is not in this design.`,
        resource: vs,
        path: binding.path,
      });
    }
  }
  return findings;
}
