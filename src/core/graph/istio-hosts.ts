import { CORE_GROUP, ISTIO_GROUP } from '../model/kinds.ts';
import { target, type Target } from './extract-types.ts';

/**
 * The Service an Istio host names, resolved as Istio does: a short name is relative to
 * `namespace` (the VirtualService's or DestinationRule's), and `name.ns`, `name.ns.svc` and
 * `name.ns.svc.cluster.local` name Service `ns/name`. Any other host (`api.example.com`, a
 * wildcard) is kept whole as the name of a Service with no namespace: it can never match a
 * Service of the design, and two references to it share one missing node.
 */
export function resolveServiceHost(host: string, namespace: string): Target {
  const labels = host.split('.');
  const [name, ns] = labels;
  const inCluster =
    labels.length === 1 ||
    labels.length === 2 ||
    (labels.length === 3 && labels[2] === 'svc') ||
    (labels.length === 5 && labels.slice(2).join('.') === 'svc.cluster.local');
  if (inCluster && !labels.some((label) => label === '' || label.includes('*'))) {
    return target(CORE_GROUP, 'Service', ns ?? namespace, name!);
  }
  return target(CORE_GROUP, 'Service', undefined, host);
}

/** True for hosts such as `*.example.com` that select many Services rather than one. */
export function isWildcardHost(host: string): boolean {
  return host.includes('*');
}

/**
 * The Istio Gateway a VirtualService `gateways` entry names: `ns/name`, or `name` in the
 * VirtualService's namespace (the legacy `name.ns.svc.cluster.local` form too). Undefined for
 * `mesh`, which is not an object.
 */
export function resolveIstioGateway(entry: string, namespace: string): Target | undefined {
  if (entry === 'mesh') return undefined;
  const slash = entry.indexOf('/');
  if (slash !== -1) {
    return target(ISTIO_GROUP, 'Gateway', entry.slice(0, slash), entry.slice(slash + 1));
  }
  const [name, ns] = entry.split('.');
  return target(ISTIO_GROUP, 'Gateway', ns || namespace, name || entry);
}
