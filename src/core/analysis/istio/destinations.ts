import { ISTIO_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { hostnameCovers } from '../support/hostnames.ts';
import { asNumber, asString, field, objectsOf, stringsOf } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { findService, fqdn, looksLikeClusterService, serviceOfHost } from './service-hosts.ts';
import { destinationsOf, virtualServices, type Destination } from './virtual-service.ts';

function servicePorts(service: Resource): number[] {
  return objectsOf(field(service.value, 'spec', 'ports'))
    .map(({ item }) => asNumber(item['port']))
    .filter((p): p is number => p !== undefined);
}

/** Hosts that ServiceEntries of the design declare (they make external hosts resolvable). */
function serviceEntryHosts(ctx: AnalysisContext): string[] {
  return ctx
    .ofKind(ISTIO_GROUP, 'ServiceEntry')
    .flatMap((e) => stringsOf(field(e.value, 'spec', 'hosts')));
}

function subsetProblem(
  ctx: AnalysisContext,
  vs: Resource,
  destination: Destination,
  subset: string,
): Omit<Finding, 'resource' | 'path' | 'code' | 'istioCode'> | undefined {
  const target = fqdn(destination.host, vs.namespace ?? '');
  const rules = ctx
    .ofKind(ISTIO_GROUP, 'DestinationRule')
    .filter(
      (dr) => fqdn(asString(field(dr.value, 'spec', 'host')) ?? '', dr.namespace ?? '') === target,
    );
  const defined = rules.flatMap((dr) =>
    objectsOf(field(dr.value, 'spec', 'subsets')).map(({ item }) => asString(item['name'])),
  );
  if (defined.includes(subset)) return undefined;
  if (rules.length === 0) {
    return {
      severity: ctx.missingSeverity,
      message: `Subset ${subset} of ${destination.host} needs a DestinationRule for that host, and none is in this design.`,
    };
  }
  return {
    severity: 'error',
    message: `Subset ${subset} is not defined by DestinationRule ${rules.map((r) => `${r.namespace}/${r.name}`).join(', ')} (subsets: ${defined.join(', ') || 'none'}).`,
  };
}

function destinationFindings(
  ctx: AnalysisContext,
  vs: Resource,
  destination: Destination,
  entries: string[],
): Finding[] {
  const at = (path: (string | number)[], f: Omit<Finding, 'resource' | 'path'>): Finding => ({
    ...f,
    resource: vs,
    path: [...destination.path, ...path],
  });
  const out: Finding[] = [];
  const service = serviceOfHost(destination.host, vs.namespace ?? '');
  const found = service ? findService(ctx, service) : undefined;
  if (service && !found) {
    const external = entries.some((h) => hostnameCovers(h, destination.host));
    if (!external && looksLikeClusterService(ctx, destination.host, service)) {
      out.push(
        at(['host'], {
          code: 'vs-destination-not-found',
          severity: ctx.missingSeverity,
          message: `Destination host ${destination.host} resolves to Service ${service.namespace}/${service.name}, which is not in this design.`,
          istioCode: 'IST0101',
        }),
      );
    }
  }
  if (found && service) {
    const ports = servicePorts(found);
    if (destination.port !== undefined && ports.length > 0 && !ports.includes(destination.port)) {
      out.push(
        at(['port', 'number'], {
          code: 'vs-destination-port-not-found',
          severity: 'error',
          message: `Service ${service.namespace}/${service.name} has no port ${destination.port} (ports: ${ports.join(', ')}).`,
          istioCode: 'IST0101',
        }),
      );
    }
    if (destination.port === undefined && ports.length > 1) {
      out.push(
        at([], {
          code: 'vs-destination-port-required',
          severity: 'error',
          message: `Service ${service.namespace}/${service.name} exposes ports ${ports.join(', ')}; the destination must say which one (port.number).`,
          istioCode: 'IST0112',
        }),
      );
    }
  }
  if (destination.subset !== undefined) {
    const problem = subsetProblem(ctx, vs, destination, destination.subset);
    if (problem)
      out.push(at(['subset'], { ...problem, code: 'vs-subset-not-found', istioCode: 'IST0101' }));
  }
  return out;
}

/** IST0101 and IST0112 for VirtualService destinations: host, port and subset. */
export function checkDestinations(ctx: AnalysisContext): Finding[] {
  const entries = serviceEntryHosts(ctx);
  return virtualServices(ctx).flatMap((vs) =>
    destinationsOf(vs).flatMap((d) => destinationFindings(ctx, vs, d, entries)),
  );
}
