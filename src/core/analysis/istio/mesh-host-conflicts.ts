import type { Resource } from '../../model/resource.ts';
import { EXPORT_ALL, exportScopes, hostFqdn, MESH_GATEWAY } from '../../mesh/hosts.ts';
import { exportToOf } from '../../mesh/services.ts';
import type { AnalysisContext } from '../support/context.ts';
import { hostnamesIntersect } from '../support/hostnames.ts';
import type { Finding } from '../types.ts';
import { gatewayBindings, virtualServices, vsHosts } from './virtual-service.ts';

interface ScopedHost {
  scope: string;
  fqdn: string;
  /** The VirtualServices defining it, with the index of the host in each. */
  defined: { vs: Resource; index: number }[];
}

/** VirtualServices bound to the mesh, by `scope/fqdn` of each host (istioctl's initMeshGatewayHosts). */
function meshHosts(ctx: AnalysisContext): Map<string, ScopedHost> {
  const out = new Map<string, ScopedHost>();
  for (const vs of virtualServices(ctx)) {
    if (!gatewayBindings(vs).spec.some((b) => b.key === MESH_GATEWAY)) continue;
    const namespace = vs.namespace ?? '';
    for (const scope of exportScopes(exportToOf(vs), namespace)) {
      vsHosts(vs).forEach((host, index) => {
        const fqdn = hostFqdn(host, namespace);
        const key = `${scope}/${fqdn}`;
        const entry = out.get(key) ?? { scope, fqdn, defined: [] };
        if (!entry.defined.some((d) => d.vs === vs)) entry.defined.push({ vs, index });
        out.set(key, entry);
      });
    }
  }
  return out;
}

/**
 * IST0109, as istioctl's ConflictingMeshGatewayHostsAnalyzer: several VirtualServices bound to
 * the mesh define the same host for the same namespaces (`exportTo`; a host visible everywhere
 * also conflicts with a matching one of a narrower scope). Which one sidecars apply is
 * undefined. One finding per VirtualService.
 */
export function checkMeshHostConflicts(ctx: AnalysisContext): Finding[] {
  const hosts = meshHosts(ctx);
  const reported = new Set<Resource>();
  const findings: Finding[] = [];
  for (const [key, entry] of hosts) {
    const defined = [...entry.defined];
    if (entry.scope !== EXPORT_ALL) {
      for (const other of hosts.values()) {
        if (other.scope !== EXPORT_ALL || !hostnamesIntersect(entry.fqdn, other.fqdn)) continue;
        for (const d of other.defined) if (!defined.some((e) => e.vs === d.vs)) defined.push(d);
      }
    }
    if (defined.length < 2) continue;
    const names = defined.map(({ vs }) => `${vs.namespace}/${vs.name}`).join(',');
    for (const { vs, index } of defined) {
      if (reported.has(vs)) continue;
      reported.add(vs);
      findings.push({
        code: 'vs-host-conflict',
        severity: 'error',
        message: `The VirtualServices ${names} associated with mesh gateway define the same host ${key} which can lead to undefined behavior. This can be fixed by merging the conflicting VirtualServices into a single resource.`,
        resource: vs,
        path: ['spec', 'hosts', index],
        istioCode: 'IST0109',
      });
    }
  }
  return findings;
}
