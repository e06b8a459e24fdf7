import type { GatewayApiAnalysis } from '../gateway-api/index.ts';
import type { AnalysisContext } from '../support/context.ts';
import type { Finding } from '../types.ts';
import { checkHttpsRedirects } from './https-redirect.ts';
import { checkRouteRegexes } from './route-regexes.ts';
import { checkShadowedRules } from './shadowed-rules.ts';
import { checkMatchGateways } from './vs-match-gateways.ts';
import { checkMergedGatewayHosts } from './vs-merged-hosts.ts';
import { checkZeroWeights } from './zero-weights.ts';

/** Design lint: valid configuration that probably does not do what its author meant. */
export function lintDesign(ctx: AnalysisContext, gatewayApi: GatewayApiAnalysis): Finding[] {
  return [
    ...checkShadowedRules(ctx, gatewayApi),
    ...checkZeroWeights(ctx),
    ...checkHttpsRedirects(ctx, gatewayApi),
    ...checkRouteRegexes(ctx),
    ...checkMergedGatewayHosts(ctx),
    ...checkMatchGateways(ctx),
  ];
}
