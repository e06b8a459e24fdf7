import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { stringsOf, field } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { destinationsOf, virtualServices, vsHosts } from './virtual-service.ts';

/** Hosts that each VirtualService routes to a subset of, among its own hosts (written form). */
function subsetHosts(ctx: AnalysisContext): Map<Resource, Set<string>> {
  const out = new Map<Resource, Set<string>>();
  for (const vs of virtualServices(ctx)) {
    const own = vsHosts(vs);
    const hosts = destinationsOf(vs)
      .filter((d) => d.role === 'route' && d.path[1] === 'http' && d.subset && own.includes(d.host))
      .map((d) => d.host);
    if (hosts.length > 0) out.set(vs, new Set(hosts));
  }
  return out;
}

/**
 * IST0140, as istioctl's DestinationHostAnalyzer (analyzeSubset): an http route of a
 * VirtualService bound to gateways sends to a host without subset while a VirtualService for
 * that host routes to its subsets. Gateway traffic is not split by those subsets.
 */
export function checkIngressSubsets(ctx: AnalysisContext): Finding[] {
  const withSubsets = subsetHosts(ctx);
  const findings: Finding[] = [];
  for (const vs of virtualServices(ctx)) {
    if (stringsOf(field(vs.value, 'spec', 'gateways')).length === 0) continue;
    for (const d of destinationsOf(vs)) {
      if (d.role !== 'route' || d.path[1] !== 'http' || d.subset) continue;
      for (const [other, hosts] of withSubsets) {
        if (!hosts.has(d.host)) continue;
        findings.push({
          code: 'vs-ingress-subset-ignored',
          severity: 'warning',
          message: `Subset in virtual service ${other.namespace}/${other.name} has no effect on ingress gateway ${vs.namespace}/${vs.name} requests: this route sends to ${d.host} without a subset.`,
          resource: vs,
          path: [...d.path, 'host'],
          istioCode: 'IST0140',
        });
      }
    }
  }
  return findings;
}
