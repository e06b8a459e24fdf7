/**
 * Istio host resolution, in one place for the graph and the analyzers. It follows what
 * `istioctl analyze` (`pkg/config/analysis/analyzers/util`) and pilot do: a short name (no dot,
 * no wildcard) is `name.<namespace>.svc.cluster.local` of the referring object's namespace; any
 * other host is taken as written, so `reviews.shop` names no Service (pilot does not expand it
 * either: the request finds no cluster).
 */

/** The cluster domain suffix of Kubernetes Services. */
export const SERVICE_DOMAIN = 'svc.cluster.local';

/** `exportTo` value meaning every namespace. */
export const EXPORT_ALL = '*';

/** Istio's ConvertHostToFQDN: short names get the namespace and the cluster domain. */
export function hostFqdn(host: string, namespace: string): string {
  return host.startsWith('*') || host.includes('.')
    ? host
    : `${host}.${namespace}.${SERVICE_DOMAIN}`;
}

/** A namespace and a name. */
export interface NamespacedName {
  namespace: string;
  name: string;
}

const SERVICE_FQDN = /^(.+)\.(.+)\.svc\.cluster\.local$/;

/**
 * The Service a host names, if it names one: a short name (in `namespace`) or
 * `name.ns.svc.cluster.local`. Hosts such as `reviews.shop` or `api.example.com` name none.
 */
export function serviceOfHost(host: string, namespace: string): NamespacedName | undefined {
  if (host === '' || host.includes('*')) return undefined;
  const fqdn = hostFqdn(host, namespace);
  const match = SERVICE_FQDN.exec(fqdn);
  // Greedy like Go's regexp: `a.b.c.svc.cluster.local` is Service `a.b` in namespace `c`.
  if (!match || match[1]!.includes('.')) return undefined;
  return { namespace: match[2]!, name: match[1]! };
}

/**
 * Istio's GetResourceNameFromHost, which the subset check keys on: the FQDN form names
 * `ns/name`, anything else is the host as a name in `namespace`.
 */
export function resourceNameOfHost(host: string, namespace: string): string {
  const match = SERVICE_FQDN.exec(host);
  return match ? `${match[2]}/${match[1]}` : `${namespace}/${host}`;
}

/** The namespaces an `exportTo` list makes an object visible in (`*` for all). */
export function exportScopes(exportTo: readonly string[], namespace: string): string[] {
  if (exportTo.length === 0 || exportTo.includes(EXPORT_ALL)) return [EXPORT_ALL];
  return [...new Set(exportTo.map((e) => (e === '.' ? namespace : e)))];
}

/**
 * The hosts of a mesh: Services (as `name.ns.svc.cluster.local`) and ServiceEntry hosts, each
 * visible in some namespaces. Later entries for the same host and scope replace earlier ones,
 * as the Go map istioctl fills does.
 */
export class HostRegistry<T> {
  private readonly exact = new Map<string, T>();
  private readonly wildcards: { scope: string; suffix: string; entry: T }[] = [];

  /** Registers `host` (already qualified with `hostFqdn`) in each scope. */
  add(scopes: readonly string[], host: string, entry: T): void {
    for (const scope of scopes) {
      this.exact.set(`${scope}/${host}`, entry);
      if (host.startsWith('*')) this.wildcards.push({ scope, suffix: host.slice(1), entry });
    }
  }

  /**
   * What `host`, written in an object of `namespace` with `exportTo`, resolves to: Istio's
   * GetDestinationHost. Exact hosts visible everywhere first, then those of the object's export
   * scopes, then wildcard ServiceEntry hosts visible everywhere or in the namespace.
   */
  lookup(namespace: string, exportTo: readonly string[], host: string): T | undefined {
    const fqdn = hostFqdn(host, namespace);
    const everywhere = this.exact.get(`${EXPORT_ALL}/${fqdn}`);
    if (everywhere !== undefined) return everywhere;
    const scopes = exportTo.length === 0 ? [namespace] : exportTo;
    for (const scope of scopes) {
      const found = this.exact.get(`${scope === '.' ? namespace : scope}/${fqdn}`);
      if (found !== undefined) return found;
    }
    const bare = host.startsWith('*') ? host.slice(1) : host;
    for (const w of this.wildcards) {
      if ((w.scope === EXPORT_ALL || w.scope === namespace) && bare.endsWith(w.suffix)) {
        return w.entry;
      }
    }
    return undefined;
  }
}

/** Istio's reserved gateway name for the sidecars. */
export const MESH_GATEWAY = 'mesh';

/**
 * The Istio Gateway a VirtualService `gateways` entry names, as pilot resolves it: `ns/name`, a
 * short name in `namespace`, or the legacy `name.ns(.svc.cluster.local)` form. Undefined for
 * `mesh`, which is not an object.
 */
export function istioGatewayName(entry: string, namespace: string): NamespacedName | undefined {
  if (entry === MESH_GATEWAY) return undefined;
  const slash = entry.indexOf('/');
  if (slash !== -1) return { namespace: entry.slice(0, slash), name: entry.slice(slash + 1) };
  const [name, ns] = entry.split('.');
  return { namespace: ns || namespace, name: name || entry };
}
