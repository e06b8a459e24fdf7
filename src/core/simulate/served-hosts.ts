/**
 * The hosts a design serves over HTTP, for the flow view's host picker: the hostnames of
 * HTTPRoutes and GRPCRoutes and of HTTP/HTTPS listeners, and the hosts of VirtualServices with
 * http routes (qualified as Istio does). Wildcards name no single host and are left out.
 */
import type { Design } from '../design/design.ts';
import { GATEWAY_GROUP, ISTIO_GROUP } from '../model/kinds.ts';
import { at, list, text } from '../graph/read.ts';
import { istioFqdn } from './istio-destinations.ts';

const HTTP_ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute']);
const HTTP_PROTOCOLS = new Set(['HTTP', 'HTTPS']);

const cache = new WeakMap<Design, readonly string[]>();

function hostsOf(group: string, kind: string, namespace: string, spec: unknown): string[] {
  const texts = (values: readonly unknown[]) =>
    values.map(text).filter((h): h is string => Boolean(h) && !h!.includes('*'));
  if (group === GATEWAY_GROUP && HTTP_ROUTE_KINDS.has(kind))
    return texts(list(at(spec, 'hostnames')));
  if (group === GATEWAY_GROUP && (kind === 'Gateway' || kind === 'ListenerSet'))
    return texts(
      list(at(spec, 'listeners'))
        .filter((l) => HTTP_PROTOCOLS.has(text(at(l, 'protocol')) ?? ''))
        .map((l) => at(l, 'hostname')),
    );
  if (group === ISTIO_GROUP && kind === 'VirtualService' && list(at(spec, 'http')).length > 0)
    return texts(list(at(spec, 'hosts'))).map((h) => istioFqdn(h, namespace));
  return [];
}

/** Sorted, lower-cased, without duplicates; cached per design object. */
export function servedHosts(design: Design): readonly string[] {
  const known = cache.get(design);
  if (known) return known;
  const hosts = new Set<string>();
  for (const r of design.resources) {
    for (const host of hostsOf(r.group, r.kind, r.namespace ?? 'default', r.value.spec))
      hosts.add(host.toLowerCase());
  }
  const sorted = [...hosts].sort();
  cache.set(design, sorted);
  return sorted;
}
