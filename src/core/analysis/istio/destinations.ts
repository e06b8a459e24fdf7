import { CORE_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { hostFqdn, serviceOfHost } from '../../mesh/hosts.ts';
import { exportToOf, type MeshService } from '../../mesh/services.ts';
import type { AnalysisContext } from '../support/context.ts';
import type { Finding } from '../types.ts';
import { meshOf } from './mesh.ts';
import { destinationsOf, virtualServices, type Destination } from './virtual-service.ts';

/**
 * The destinations istioctl checks: every `route[].destination` (tcp, tls, http) and the http
 * `mirror` (not the newer `mirrors[]`).
 */
export function checkedDestinations(vs: Resource): Destination[] {
  return destinationsOf(vs).filter((d) => d.role !== 'mirrors');
}

/** Why `name.ns` (or `name.ns.svc`) misses Service `ns/name` of the design, when there is one. */
function qualifyHint(ctx: AnalysisContext, host: string): string {
  const [name, namespace, svc, ...rest] = host.split('.');
  if (!name || !namespace || rest.length > 0 || (svc !== undefined && svc !== 'svc')) return '';
  if (!ctx.find(CORE_GROUP, 'Service', namespace, name)) return '';
  return ` Istio takes ${host} literally (only a dotless short name is qualified); write ${name}.${namespace}.svc.cluster.local for Service ${namespace}/${name}.`;
}

function notFound(ctx: AnalysisContext, vs: Resource, d: Destination): Finding {
  const fqdn = hostFqdn(d.host, vs.namespace ?? '');
  const service = serviceOfHost(d.host, vs.namespace ?? '');
  const what = service
    ? `Service ${service.namespace}/${service.name} is not in this design (nor a ServiceEntry for ${fqdn} visible from ${vs.namespace}).`
    : `no ServiceEntry in this design declares it for namespace ${vs.namespace}.${qualifyHint(ctx, d.host)}`;
  return {
    code: 'vs-destination-not-found',
    severity: ctx.missingSeverity,
    message: `Referenced ${d.role === 'mirror' ? 'mirror host' : 'host'} not found: "${d.host}": ${what}`,
    resource: vs,
    path: [...d.path, 'host'],
    istioCode: 'IST0101',
  };
}

function portFinding(vs: Resource, d: Destination, target: MeshService): Finding | undefined {
  const ports = target.ports.map((p) => p.number);
  const owner = `${target.resource.kind} ${target.resource.namespace}/${target.resource.name}`;
  if (d.port === undefined) {
    if (ports.length < 2) return undefined;
    return {
      code: 'vs-destination-port-required',
      severity: 'error',
      message: `This VirtualService routes to a service "${d.host}" that exposes multiple ports [${ports.join(' ')}]. Specifying a port in the destination is required to disambiguate.`,
      resource: vs,
      path: d.path,
      istioCode: 'IST0112',
    };
  }
  if (ports.includes(d.port)) return undefined;
  return {
    code: 'vs-destination-port-not-found',
    severity: 'error',
    message: `Referenced host:port not found: "${d.host}:${d.port}": ${owner} has ${ports.length > 0 ? `ports ${ports.join(', ')}` : 'no ports'}.`,
    resource: vs,
    path: [...d.path, 'port', 'number'],
    istioCode: 'IST0101',
  };
}

/**
 * IST0101 and IST0112, as istioctl's DestinationHostAnalyzer: each destination host must
 * resolve (`mesh/hosts.ts`, honouring exportTo) to a Service or ServiceEntry, whose ports must
 * include the destination's port, or be one when the destination names none.
 */
export function checkDestinations(ctx: AnalysisContext): Finding[] {
  const { hosts } = meshOf(ctx);
  const findings: Finding[] = [];
  for (const vs of virtualServices(ctx)) {
    const exportTo = exportToOf(vs);
    for (const d of checkedDestinations(vs)) {
      const target = hosts.lookup(vs.namespace ?? '', exportTo, d.host);
      const finding = target ? portFinding(vs, d, target) : notFound(ctx, vs, d);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
