import type { FieldPath } from '../../diagnostics.ts';
import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { backendRefsOf } from '../gateway-api/backend-refs.ts';
import { ROUTE_KINDS } from '../gateway-api/listeners.ts';
import { destinationsOf, virtualServices } from '../istio/virtual-service.ts';
import { hostFqdn } from '../../mesh/hosts.ts';
import type { AnalysisContext } from '../support/context.ts';
import { perResource } from '../support/memo.ts';
import type { Finding } from '../types.ts';

interface WeightedReference {
  backend: string;
  weight: number;
  resource: Resource;
  path: FieldPath;
}

/** The Services a route sends weighted traffic to (mirrors aside), read once per route object. */
const weightedServices = perResource((route: Resource): WeightedReference[] =>
  backendRefsOf(route).flatMap((ref) =>
    ref.mirror || ref.kind !== 'Service' || ref.group !== ''
      ? []
      : [
          {
            backend: `${ref.name}.${ref.namespace}.svc.cluster.local`,
            weight: ref.weight,
            resource: route,
            path: ref.path,
          },
        ],
  ),
);

function references(ctx: AnalysisContext): WeightedReference[] {
  const out: WeightedReference[] = [];
  for (const kind of ROUTE_KINDS) {
    for (const route of ctx.ofKind(GATEWAY_GROUP, kind)) {
      out.push(...weightedServices(route));
    }
  }
  for (const vs of virtualServices(ctx)) {
    for (const destination of destinationsOf(vs)) {
      const backend = hostFqdn(destination.host, vs.namespace ?? '');
      // An Istio destination without weight still gets traffic (alone it gets all of it).
      const weight = destination.weight ?? 1;
      out.push({ backend, weight, resource: vs, path: destination.path });
    }
  }
  return out;
}

/** Backends referenced only with weight 0: they are in the design but never receive traffic. */
export function checkZeroWeights(ctx: AnalysisContext): Finding[] {
  const byBackend = new Map<string, WeightedReference[]>();
  for (const ref of references(ctx)) {
    const refs = byBackend.get(ref.backend);
    if (refs) refs.push(ref);
    else byBackend.set(ref.backend, [ref]);
  }
  const findings: Finding[] = [];
  for (const [backend, refs] of byBackend) {
    if (refs.some((r) => r.weight !== 0)) continue;
    for (const ref of refs) {
      findings.push({
        code: 'backend-zero-weight',
        severity: 'warning',
        message: `${backend} never receives traffic: ${refs.length === 1 ? 'its only reference has' : `all ${refs.length} references have`} weight 0.`,
        resource: ref.resource,
        path: ref.path.at(-1) === 'destination' ? ref.path.slice(0, -1) : ref.path,
      });
    }
  }
  return findings;
}
