import { ISTIO_GROUP, ISTIO_SECURITY_GROUP } from '../../model/kinds.ts';
import type { FieldPath } from '../../diagnostics.ts';
import type { Resource } from '../../model/resource.ts';
import { labelsOf, selects, type Labels } from '../../mesh/labels.ts';
import type { AnalysisContext } from '../support/context.ts';
import { asObject, field, objectsOf } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { gatewaySelector } from './istio-gateway.ts';
import { meshOf, selectedWorkloads } from './mesh.ts';
import { gatewayBindings, virtualServices } from './virtual-service.ts';

/** Header-name prefix of JWT-claim routing (pilot's constant.HeaderJWTClaim). */
const JWT_CLAIM_HEADER = '@request.auth.claims';

/** The first header (or withoutHeaders) match on a JWT claim, with its path. */
function claimKey(vs: Resource): { key: string; path: FieldPath } | undefined {
  for (const { item: rule, index: r } of objectsOf(field(vs.value, 'spec', 'http'))) {
    for (const { item: match, index: m } of objectsOf(rule['match'])) {
      for (const kind of ['headers', 'withoutHeaders']) {
        for (const key of Object.keys(asObject(match[kind]) ?? {})) {
          if (key.startsWith(JWT_CLAIM_HEADER)) {
            return { key, path: ['spec', 'http', r, 'match', m, kind, key] };
          }
        }
      }
    }
  }
  return undefined;
}

/** RequestAuthentication selectors by namespace (an empty selector applies to every pod). */
function requestAuthSelectors(ctx: AnalysisContext): Map<string, Labels[]> {
  const out = new Map<string, Labels[]>();
  for (const ra of ctx.ofKind(ISTIO_SECURITY_GROUP, 'RequestAuthentication')) {
    const selector = labelsOf(field(ra.value, 'spec', 'selector', 'matchLabels'));
    out.set(ra.namespace ?? '', [...(out.get(ra.namespace ?? '') ?? []), selector]);
  }
  return out;
}

/**
 * IST0149, as istioctl's JWTClaimRouteAnalyzer: a VirtualService routing on a JWT claim through
 * a Gateway whose workloads no RequestAuthentication (of istio-system or the pod's namespace)
 * applies to. Without one the claims are never validated, so the match never holds.
 */
export function checkJwtClaimRoutes(ctx: AnalysisContext): Finding[] {
  const mesh = meshOf(ctx);
  const selectors = requestAuthSelectors(ctx);
  const findings: Finding[] = [];
  for (const vs of virtualServices(ctx)) {
    const claim = claimKey(vs);
    if (!claim) continue;
    for (const binding of gatewayBindings(vs).spec) {
      const gateway = ctx.find(ISTIO_GROUP, 'Gateway', binding.namespace, binding.name);
      if (!gateway) continue;
      for (const pod of selectedWorkloads(mesh, gatewaySelector(gateway))) {
        const applicable = [
          ...(selectors.get('istio-system') ?? []),
          ...(pod.namespace === 'istio-system' ? [] : (selectors.get(pod.namespace) ?? [])),
        ];
        if (applicable.some((s) => selects(s, pod.labels))) continue;
        findings.push({
          code: 'vs-jwt-claim-without-request-authentication',
          severity: 'error',
          message: `The virtual service uses the JWT claim based routing (key: ${claim.key}) but found no request authentication for the gateway (${binding.key}) pod (${pod.name}). The request authentication must first be applied for the gateway pods to validate the JWT token and make the claims available for routing.`,
          resource: vs,
          path: claim.path,
          istioCode: 'IST0149',
        });
      }
    }
  }
  return findings;
}
