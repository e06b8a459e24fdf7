import { formatPath } from '../../diagnostics.ts';
import type { AnalysisContext } from '../support/context.ts';
import type { Finding } from '../types.ts';
import { checkDestinationRules } from './destination-rules.ts';
import { checkDestinations } from './destinations.ts';
import { checkDuplicateCertificates } from './gateway-certificates.ts';
import { checkGatewayConflicts } from './gateway-conflicts.ts';
import { checkGatewayRefs } from './gateway-refs.ts';
import { checkGatewaySecrets } from './gateway-secrets.ts';
import { checkGatewayWorkloads } from './gateway-workloads.ts';
import { checkIngressSubsets } from './ingress-subsets.ts';
import { checkJwtClaimRoutes } from './jwt-claims.ts';
import { checkMeshHostConflicts } from './mesh-host-conflicts.ts';
import { checkVirtualServiceRegexes } from './regexes.ts';
import { checkSubsets } from './subsets.ts';
import { checkUnreachableRules } from './unreachable-rules.ts';
import { virtualServices } from './virtual-service.ts';
import { checkWeights } from './weights.ts';

/**
 * Drops repeats, as istioctl prints each distinct message once: the same code, object, field
 * and text from two checks is one diagnostic.
 */
function distinct(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\n${f.resource.key}\n${formatPath(f.path)}\n${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What `istioctl analyze` would report for the design's Istio resources (docs/diagnostics.md). */
export function analyzeIstio(ctx: AnalysisContext): Finding[] {
  return distinct([
    ...checkGatewayWorkloads(ctx),
    ...checkGatewaySecrets(ctx),
    ...checkDuplicateCertificates(ctx),
    ...checkGatewayConflicts(ctx),
    ...checkGatewayRefs(ctx),
    ...checkDestinations(ctx),
    ...checkSubsets(ctx),
    ...checkIngressSubsets(ctx),
    ...checkMeshHostConflicts(ctx),
    ...checkUnreachableRules(ctx),
    ...checkJwtClaimRoutes(ctx),
    ...checkDestinationRules(ctx),
    ...virtualServices(ctx).flatMap((vs) => [
      ...checkVirtualServiceRegexes(vs),
      ...checkWeights(vs),
    ]),
  ]);
}
