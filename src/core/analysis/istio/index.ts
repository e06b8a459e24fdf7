import type { AnalysisContext } from '../support/context.ts';
import type { Finding } from '../types.ts';
import { checkDestinations } from './destinations.ts';
import { checkGatewayConflicts } from './gateway-conflicts.ts';
import { checkGatewayRefs } from './gateway-refs.ts';
import { checkVirtualServiceRegexes } from './regexes.ts';
import { checkUnreachableRules } from './unreachable-rules.ts';
import { checkHostConflicts, checkHostsInGateways } from './vs-hosts.ts';
import { virtualServices } from './virtual-service.ts';
import { checkWeights } from './weights.ts';

/** What `istioctl analyze` would report for the design's Istio networking resources. */
export function analyzeIstio(ctx: AnalysisContext): Finding[] {
  return [
    ...checkGatewayRefs(ctx),
    ...checkDestinations(ctx),
    ...checkGatewayConflicts(ctx),
    ...checkHostsInGateways(ctx),
    ...checkHostConflicts(ctx),
    ...checkUnreachableRules(ctx),
    ...virtualServices(ctx).flatMap((vs) => [
      ...checkVirtualServiceRegexes(vs),
      ...checkWeights(vs),
    ]),
  ];
}
