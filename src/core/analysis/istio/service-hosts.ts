import { CORE_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';

/** A cluster Service a host names, or undefined for hosts outside the cluster domain. */
export interface ServiceName {
  namespace: string;
  name: string;
}

/**
 * Resolves an Istio host the way Istio does: a short name is a Service in the referring object's
 * namespace; `name.namespace`, `name.namespace.svc` and `name.namespace.svc.cluster.local` name
 * a Service in that namespace; anything else (and wildcards) is not a cluster Service.
 */
export function serviceOfHost(host: string, namespace: string): ServiceName | undefined {
  if (host.includes('*')) return undefined;
  const labels = host
    .toLowerCase()
    .replace(/\.svc\.cluster\.local$/, '.svc')
    .split('.');
  if (labels.length === 1) return { namespace, name: labels[0]! };
  if (labels.length === 2) return { namespace: labels[1]!, name: labels[0]! };
  if (labels.length === 3 && labels[2] === 'svc')
    return { namespace: labels[1]!, name: labels[0]! };
  return undefined;
}

/** The fully qualified form of a host, for comparing hosts written differently. */
export function fqdn(host: string, namespace: string): string {
  const service = serviceOfHost(host, namespace);
  return service ? `${service.name}.${service.namespace}.svc.cluster.local` : host.toLowerCase();
}

/**
 * Whether a host that does not resolve to a Service in the design is evidently a reference to
 * one (so its absence is worth reporting): short names, `.svc` forms, and `name.namespace` when
 * that namespace appears in the design.
 */
export function looksLikeClusterService(
  ctx: AnalysisContext,
  host: string,
  service: ServiceName,
): boolean {
  const labels = host.split('.').length;
  if (labels !== 2) return true;
  return (
    ctx.hasNamespace(service.namespace) ||
    ctx.design.resources.some((r) => r.namespace === service.namespace)
  );
}

export function findService(ctx: AnalysisContext, service: ServiceName): Resource | undefined {
  return ctx.find(CORE_GROUP, 'Service', service.namespace, service.name);
}
