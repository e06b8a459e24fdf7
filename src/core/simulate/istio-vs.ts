/**
 * Which VirtualServices take a request: those bound to the entry (an Istio Gateway, or `mesh`
 * when `spec.gateways` is empty or lists it) whose host matches, the most specific host winning
 * as Envoy picks virtual hosts. On a Gateway the VirtualServices of that host are merged in
 * creation order (istiod sorts by creationTimestamp, then name, then namespace); on the mesh only
 * the oldest one applies.
 */
import { hostnameCovers } from '../analysis/support/hostnames.ts';
import { resolveIstioGateway } from '../graph/istio-hosts.ts';
import { at, list } from '../graph/read.ts';
import type { Resource } from '../model/resource.ts';
import type { IstioMatchContext } from '../traffic/istio-match.ts';
import { istioFqdn } from './istio-destinations.ts';
import type { IstioServer } from './istio-servers.ts';

export const MESH = 'mesh';

interface VsFacts {
  vs: Resource;
  /** Hosts as written and fully qualified. */
  hosts: { written: string; fqdn: string }[];
  /** `mesh` and `namespace/name` of the Istio Gateways it binds to. */
  gateways: string[];
}

const facts = new WeakMap<Resource, VsFacts>();

function factsOf(vs: Resource): VsFacts {
  let known = facts.get(vs);
  if (!known) {
    const namespace = vs.namespace ?? '';
    const written = list(at(vs.value, 'spec', 'hosts')).filter(
      (h): h is string => typeof h === 'string',
    );
    const gatewayEntries = list(at(vs.value, 'spec', 'gateways')).filter(
      (g): g is string => typeof g === 'string',
    );
    known = {
      vs,
      hosts: written.map((h) => ({ written: h, fqdn: istioFqdn(h, namespace) })),
      gateways:
        gatewayEntries.length === 0 ? [MESH] : gatewayEntries.map((g) => gatewayKey(g, namespace)),
    };
    facts.set(vs, known);
  }
  return known;
}

/** The match context for one VirtualService: its `match.gateways` are relative to its namespace. */
export function contextFor(base: IstioMatchContext, vs: Resource): IstioMatchContext {
  return { ...base, resolveGateway: (g) => gatewayKey(g, vs.namespace ?? '') };
}

/** `mesh`, or the `namespace/name` a `gateways` entry names (relative to `namespace`). */
export function gatewayKey(entry: string, namespace: string): string {
  const target = resolveIstioGateway(entry, namespace);
  return target ? `${target.namespace}/${target.name}` : MESH;
}

function specificity(pattern: string): number {
  if (pattern === '*') return 0;
  return pattern.startsWith('*') ? pattern.length : 1_000 + pattern.length;
}

export interface VsChoice {
  /** The matching VirtualServices, in the order their routes are tried. */
  services: Resource[];
  /** The VirtualService host that matched. */
  host: string;
  /** Bound VirtualServices of the entry whose hosts did not match, or the server did not export. */
  others: { vs: Resource; why: string }[];
  /** On the mesh: younger VirtualServices of the same host that Istio ignores. */
  ignored: Resource[];
}

/**
 * The VirtualServices that route a request for `host` (already fully qualified on the mesh);
 * `services` is empty when none does.
 */
export function chooseVirtualServices(
  virtualServices: readonly Resource[],
  entry: string,
  host: string,
  server?: IstioServer,
): VsChoice {
  let best: { host: string; rank: number } | undefined;
  const matching: { vs: Resource; host: string }[] = [];
  const others: VsChoice['others'] = [];
  for (const f of virtualServices.map(factsOf)) {
    if (!f.gateways.includes(entry)) continue;
    const exported = server
      ? f.hosts.filter((h) =>
          server.hosts.some(
            (s) =>
              (s.namespace === '*' || s.namespace === f.vs.namespace) &&
              (hostnameCovers(s.host, h.fqdn) || hostnameCovers(h.fqdn, s.host)),
          ),
        )
      : f.hosts;
    const hit = exported
      .filter((h) => hostnameCovers(h.fqdn, host))
      .sort((a, b) => specificity(b.fqdn) - specificity(a.fqdn))[0];
    if (!hit) {
      const why =
        exported.length < f.hosts.length && f.hosts.some((h) => hostnameCovers(h.fqdn, host))
          ? `server ${server?.name} does not serve its host for namespace ${f.vs.namespace}`
          : `its hosts (${f.hosts.map((h) => h.written).join(', ') || 'none'}) do not match ${host}`;
      others.push({ vs: f.vs, why });
      continue;
    }
    matching.push({ vs: f.vs, host: hit.fqdn });
    const rank = specificity(hit.fqdn);
    if (!best || rank > best.rank) best = { host: hit.fqdn, rank };
  }
  if (!best) return { services: [], host, others, ignored: [] };
  const chosen = matching.filter((m) => m.host === best.host).map((m) => m.vs);
  for (const m of matching)
    if (m.host !== best.host)
      others.push({ vs: m.vs, why: `its host ${m.host} is less specific than ${best.host}` });
  const services = entry === MESH ? chosen.slice(0, 1) : chosen;
  return { services, host: best.host, others, ignored: entry === MESH ? chosen.slice(1) : [] };
}
