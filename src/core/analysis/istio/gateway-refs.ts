import { ISTIO_GROUP } from '../../model/kinds.ts';
import type { AnalysisContext } from '../support/context.ts';
import type { Finding } from '../types.ts';
import { gatewayBindings, MESH, virtualServices } from './virtual-service.ts';

/** IST0101: VirtualService gateways (in spec or in match conditions) that are not in the design. */
export function checkGatewayRefs(ctx: AnalysisContext): Finding[] {
  const findings: Finding[] = [];
  for (const vs of virtualServices(ctx)) {
    const { spec, inMatches } = gatewayBindings(vs);
    for (const binding of [...spec, ...inMatches]) {
      if (binding.key === MESH) continue;
      if (ctx.find(ISTIO_GROUP, 'Gateway', binding.namespace, binding.name)) continue;
      findings.push({
        code: 'vs-gateway-not-found',
        severity: ctx.missingSeverity,
        message: `Istio Gateway ${binding.key} is not in this design.`,
        resource: vs,
        path: binding.path,
        istioCode: 'IST0101',
      });
    }
  }
  return findings;
}
