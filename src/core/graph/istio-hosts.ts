import { CORE_GROUP, ISTIO_GROUP } from '../model/kinds.ts';
import { istioGatewayName, serviceOfHost } from '../mesh/hosts.ts';
import { target, type Target } from './extract-types.ts';

/**
 * The Service an Istio host names (see `mesh/hosts.ts`): a short name is relative to `namespace`
 * (the VirtualService's or DestinationRule's) and `name.ns.svc.cluster.local` names Service
 * `ns/name`. Any other host (`api.example.com`, `reviews.shop`, a wildcard) is kept whole as the
 * name of a Service with no namespace: it can never match a Service of the design, and two
 * references to it share one missing node. A ServiceEntry that declares the host is found by
 * the resolver instead (a `host` reference).
 */
export function resolveServiceHost(host: string, namespace: string): Target {
  const service = serviceOfHost(host, namespace);
  return service
    ? target(CORE_GROUP, 'Service', service.namespace, service.name)
    : target(CORE_GROUP, 'Service', undefined, host);
}

/** True for hosts such as `*.example.com` that select many Services rather than one. */
export function isWildcardHost(host: string): boolean {
  return host.includes('*');
}

/** The Istio Gateway a VirtualService `gateways` entry names (`mesh/hosts.ts`); not `mesh`. */
export function resolveIstioGateway(entry: string, namespace: string): Target | undefined {
  const gateway = istioGatewayName(entry, namespace);
  return gateway && target(ISTIO_GROUP, 'Gateway', gateway.namespace, gateway.name);
}
