/**
 * Istio destination hosts as the simulator resolves them. Host resolution (short names relative
 * to the VirtualService's namespace) is the graph's `resolveServiceHost`, the one place it lives.
 */
import type { SimEnvironment } from './environment.ts';
import { resolveServiceHost } from '../graph/istio-hosts.ts';
import { CORE_GROUP, ISTIO_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { at, list, text } from '../graph/read.ts';
import type { IstioDestinationRef } from '../traffic/backend-ref.ts';

export interface ResolvedDestination {
  /** The Service it names: `namespace` is undefined for hosts outside the cluster domain. */
  namespace: string | undefined;
  name: string;
  /** Graph node key of the Service (existing or missing). */
  key: string;
  service: Resource | undefined;
  /** Why requests to it fail (503), when they do. */
  problem?: string;
}

/** The fully qualified name of a host: `name.namespace.svc.cluster.local` for cluster Services. */
export function istioFqdn(host: string, namespace: string): string {
  const target = resolveServiceHost(host.toLowerCase(), namespace);
  return target.namespace === undefined
    ? target.name
    : `${target.name}.${target.namespace}.svc.cluster.local`;
}

function subsetDefined(env: SimEnvironment, service: Resource, subset: string): boolean {
  return env.ctx.ofKind(ISTIO_GROUP, 'DestinationRule').some((rule) => {
    const host = text(at(rule.value, 'spec', 'host'));
    if (
      !host ||
      istioFqdn(host, rule.namespace ?? '') !==
        `${service.name}.${service.namespace}.svc.cluster.local`
    )
      return false;
    return list(at(rule.value, 'spec', 'subsets')).some((s) => text(at(s, 'name')) === subset);
  });
}

/**
 * Resolves a destination written in `namespace`: the Service it names, and why requests to it
 * would fail (host not in the design, subset no DestinationRule defines). Envoy answers 503 when
 * a route's cluster does not exist.
 */
export function resolveIstioDestination(
  env: SimEnvironment,
  ref: IstioDestinationRef,
  namespace: string,
): ResolvedDestination {
  const target = resolveServiceHost((ref.host ?? '').toLowerCase(), namespace);
  const service =
    target.namespace === undefined
      ? undefined
      : env.ctx.find(CORE_GROUP, 'Service', target.namespace, target.name);
  const resolved: ResolvedDestination = {
    namespace: target.namespace,
    name: target.name,
    key: target.key,
    service,
  };
  if (!ref.host) resolved.problem = 'the destination names no host';
  else if (!service)
    resolved.problem = `host ${ref.host} is not a Service of this design (a ServiceEntry or another cluster may define it)`;
  else if (ref.subset !== undefined && !subsetDefined(env, service, ref.subset)) {
    resolved.problem = `no DestinationRule for ${service.namespace}/${service.name} defines subset ${ref.subset}`;
  }
  return resolved;
}
