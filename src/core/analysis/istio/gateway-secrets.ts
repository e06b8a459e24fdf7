import { CORE_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { asString } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { credentialProblem } from './credentials.ts';
import { gatewaySelector, istioGateways, serversOf, type Server } from './istio-gateway.ts';
import { meshOf, selectedWorkloads } from './mesh.ts';

/** `ns/name` or a name in `namespace`, as istioctl's NewShortOrFullName reads it. */
function secretName(written: string, namespace: string): { namespace: string; name: string } {
  const slash = written.indexOf('/');
  return slash === -1
    ? { namespace, name: written }
    : { namespace: written.slice(0, slash), name: written.slice(slash + 1) };
}

function credentialFinding(
  ctx: AnalysisContext,
  gateway: Resource,
  server: Server,
  workloadNamespace: string,
  now: number,
): Finding | undefined {
  const written = asString(server.tls?.['credentialName']);
  if (!written) return undefined;
  const path = [...server.path, 'tls', 'credentialName'];
  const { namespace, name } = secretName(written, workloadNamespace);
  const secret = ctx.find(CORE_GROUP, 'Secret', namespace, name);
  if (!secret) {
    const elsewhere =
      namespace !== gateway.namespace &&
      ctx.find(CORE_GROUP, 'Secret', gateway.namespace ?? '', name) !== undefined;
    return {
      code: 'istio-credential-not-found',
      severity: elsewhere ? 'error' : ctx.missingSeverity,
      message: elsewhere
        ? `Referenced credentialName not found: "${written}": the Secret is in ${gateway.namespace}, the Gateway's namespace, but the gateway workload reads it from its own namespace, ${namespace}.`
        : `Referenced credentialName not found: "${written}": Secret ${namespace}/${name} (in the namespace of the gateway workload) is not in this design.`,
      resource: gateway,
      path,
      istioCode: 'IST0101',
    };
  }
  const problem = credentialProblem(secret, now);
  if (!problem) return undefined;
  return {
    code: 'istio-credential-invalid',
    severity: 'error',
    message: `The credential referenced by the Gateway ${gateway.name} in namespace ${workloadNamespace} is invalid, which can cause the traffic not to work as expected: Secret ${namespace}/${name}: ${problem}.`,
    resource: gateway,
    path,
    istioCode: 'IST0161',
  };
}

/**
 * IST0101 (credentialName) and IST0161, as istioctl's SecretAnalyzer: a server's credentialName
 * must name a Secret in the namespace of the gateway workload (the first the selector matches)
 * with a certificate and key, the certificate parsing and valid now. A Gateway that selects no
 * workload is reported by `checkGatewayWorkloads`; its Secrets cannot be located.
 */
export function checkGatewaySecrets(ctx: AnalysisContext, now = Date.now()): Finding[] {
  const mesh = meshOf(ctx);
  const findings: Finding[] = [];
  for (const gateway of istioGateways(ctx)) {
    const [workload] = selectedWorkloads(mesh, gatewaySelector(gateway));
    if (!workload) continue;
    for (const server of serversOf(gateway)) {
      const finding = credentialFinding(ctx, gateway, server, workload.namespace, now);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
