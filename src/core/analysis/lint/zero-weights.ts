import type { FieldPath } from '../../diagnostics.ts';
import { CORE_GROUP, GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { gatewayRouteRules } from '../../traffic/gateway-rules.ts';
import { istioRoutes } from '../../traffic/istio-routes.ts';
import { ROUTE_KINDS } from '../gateway-api/listeners.ts';
import { hostFqdn } from '../../mesh/hosts.ts';
import { virtualServices } from '../istio/virtual-service.ts';
import type { AnalysisContext } from '../support/context.ts';
import { perResource } from '../support/memo.ts';
import type { Finding } from '../types.ts';

interface SharedReference {
  backend: string;
  /** The traffic model's share of the rule's requests (`core/traffic`). */
  share: number;
  /** Why the share is 0, in words. */
  why: string;
  resource: Resource;
  path: FieldPath;
}

/** The Services a route sends traffic to (mirrors aside), read once per route object. */
const routeReferences = perResource((route: Resource): SharedReference[] =>
  gatewayRouteRules(route).flatMap((rule) =>
    rule.backends.flatMap((ref) =>
      ref.kind !== 'Service' || ref.group !== CORE_GROUP || !ref.name
        ? []
        : [
            {
              backend: `${ref.name}.${ref.namespace}.svc.cluster.local`,
              share: ref.share,
              why: 'weight 0',
              resource: route,
              path: ref.path,
            },
          ],
    ),
  ),
);

function references(ctx: AnalysisContext): SharedReference[] {
  const out: SharedReference[] = [];
  for (const kind of ROUTE_KINDS) {
    for (const route of ctx.ofKind(GATEWAY_GROUP, kind)) out.push(...routeReferences(route));
  }
  for (const vs of virtualServices(ctx)) {
    for (const route of istioRoutes(vs)) {
      for (const destination of route.destinations) {
        if (!destination.host) continue;
        const backend = hostFqdn(destination.host, vs.namespace ?? '');
        // Istio counts an unset weight as 0 when a route has several destinations.
        const why =
          destination.written === undefined
            ? 'no weight (0 beside other destinations)'
            : 'weight 0';
        out.push({ backend, share: destination.share, why, resource: vs, path: destination.path });
      }
    }
  }
  return out;
}

/** Backends whose every reference gets no traffic: they are in the design but never receive any. */
export function checkZeroWeights(ctx: AnalysisContext): Finding[] {
  const byBackend = new Map<string, SharedReference[]>();
  for (const ref of references(ctx)) {
    const refs = byBackend.get(ref.backend);
    if (refs) refs.push(ref);
    else byBackend.set(ref.backend, [ref]);
  }
  const findings: Finding[] = [];
  for (const [backend, refs] of byBackend) {
    if (refs.some((r) => r.share > 0)) continue;
    for (const ref of refs) {
      findings.push({
        code: 'backend-zero-weight',
        severity: 'warning',
        message: `${backend} never receives traffic: ${refs.length === 1 ? `its only reference has ${ref.why}` : `all ${refs.length} references get 0% (this one has ${ref.why})`}.`,
        resource: ref.resource,
        path: ref.path,
      });
    }
  }
  return findings;
}
