import { CORE_GROUP } from '../../model/kinds.ts';
import { selects, selectorText } from '../../mesh/labels.ts';
import { meshServiceOf } from '../../mesh/services.ts';
import type { Workload } from '../../mesh/workloads.ts';
import type { AnalysisContext } from '../support/context.ts';
import type { Finding } from '../types.ts';
import { gatewaySelector, istioGateways, selectorPath, serversOf } from './istio-gateway.ts';
import { meshOf, selectedWorkloads } from './mesh.ts';

/** The ports Services in front of `workloads` send to: targetPort when numeric, else port. */
function exposedPorts(ctx: AnalysisContext, workloads: readonly Workload[]): Set<number> {
  const ports = new Set<number>();
  for (const service of ctx.ofKind(CORE_GROUP, 'Service')) {
    const mesh = meshServiceOf(service);
    for (const workload of workloads) {
      if (service.namespace !== workload.namespace || !selects(mesh.selector, workload.labels))
        continue;
      for (const port of mesh.ports) {
        // The API server defaults a Service port's protocol to TCP.
        if ((port.protocol ?? 'TCP') === 'TCP') ports.add(port.targetPort ?? port.number);
      }
    }
  }
  return ports;
}

/**
 * IST0101 (selector) and IST0162, as istioctl's IngressGatewayPortAnalyzer and SecretAnalyzer:
 * a Gateway whose selector matches no workload, and server ports no Service in front of the
 * selected workloads exposes. Only for designs that declare workloads (docs/diagnostics.md).
 */
export function checkGatewayWorkloads(ctx: AnalysisContext): Finding[] {
  const mesh = meshOf(ctx);
  if (mesh.workloads.length === 0) return [];
  const findings: Finding[] = [];
  for (const gateway of istioGateways(ctx)) {
    const selector = gatewaySelector(gateway);
    const selected = selectedWorkloads(mesh, selector);
    if (selected.length === 0) {
      findings.push({
        code: 'istio-gateway-no-workload',
        severity: ctx.missingSeverity,
        message: `Referenced selector not found: "${selectorText(selector)}": no Pod or workload template in this design has these labels.`,
        resource: gateway,
        path: selectorPath(gateway),
        istioCode: 'IST0101',
      });
      continue;
    }
    const ports = exposedPorts(ctx, selected);
    for (const server of serversOf(gateway)) {
      if (server.port === undefined || ports.has(server.port)) continue;
      findings.push({
        code: 'istio-gateway-port-not-exposed',
        severity: 'warning',
        message: `The gateway is listening on a target port (port ${server.port}) that is not defined in the Service associated with its workload instances (Pod selector ${selectorText(selector)}). If you need to access the gateway port through the gateway Service, it will not be available. Exposed target ports: ${[...ports].join(', ') || 'none'}.`,
        resource: gateway,
        path: [...server.path, 'port', 'number'],
        istioCode: 'IST0162',
      });
    }
  }
  return findings;
}
