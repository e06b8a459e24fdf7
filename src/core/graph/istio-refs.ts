import type { FieldPath } from '../diagnostics.ts';
import { CORE_GROUP } from '../model/kinds.ts';
import type { IstioDestinationRef } from '../traffic/backend-ref.ts';
import { istioRoutes } from '../traffic/istio-routes.ts';
import { target, type ExtractCollector } from './extract-types.ts';
import { isWildcardHost, resolveIstioGateway, resolveServiceHost } from './istio-hosts.ts';
import { exportScopes } from '../mesh/hosts.ts';
import { exportToOf, meshEntryOf, meshServiceOf, serviceScopes } from '../mesh/services.ts';
import { at, list, num, record, text } from './read.ts';
import type { GraphNodeType } from './types.ts';

const ROUTE_SECTIONS = [
  ['http', 'http-route'],
  ['tcp', 'tcp-route'],
  ['tls', 'tls-route'],
] as const satisfies readonly (readonly [string, GraphNodeType])[];

/** Reads a VirtualService: gateways, one part per http/tcp/tls route, destinations, mirrors. */
export function extractVirtualService(c: ExtractCollector): void {
  const spec = record(c.resource.value.spec);
  list(spec?.gateways).forEach((entry, i) => {
    gatewayRef(c, c.resource.key, entry, ['spec', 'gateways', i]);
  });
  const models = istioRoutes(c.resource);
  for (const [section, type] of ROUTE_SECTIONS) {
    list(spec?.[section]).forEach((route, i) => {
      const model = models.find((m) => m.section === section && m.index === i)!;
      const path = ['spec', section, i];
      const id = c.part(
        type,
        `${section}/${i}`,
        text(at(route, 'name')) ?? `${section} ${i}`,
        path,
        i,
      );
      list(at(route, 'match')).forEach((match, j) => {
        list(at(match, 'gateways')).forEach((entry, k) => {
          gatewayRef(c, id, entry, [...path, 'match', j, 'gateways', k]);
        });
      });
      for (const destination of model.destinations) {
        const destPath = [...destination.path, 'destination'];
        const weight = num(destination.written);
        destinationRef(c, id, 'destination', destination, destPath, weight, destination.share);
      }
      for (const mirror of model.mirrors) {
        destinationRef(c, id, 'mirror', mirror, mirror.path, undefined, mirror.fraction);
      }
    });
  }
}

function gatewayRef(c: ExtractCollector, from: string, entry: unknown, path: FieldPath): void {
  const name = text(entry);
  if (!name) return;
  const gateway = resolveIstioGateway(name, c.namespace);
  if (gateway) c.object(from, 'istio-gateway', gateway, path);
  else c.ref({ via: 'mesh', from, path });
}

function destinationRef(
  c: ExtractCollector,
  from: string,
  type: 'destination' | 'mirror',
  destination: IstioDestinationRef,
  path: FieldPath,
  weight: number | undefined,
  share: number,
): void {
  const { host, subset } = destination;
  if (!host) return;
  const service = resolveServiceHost(host, c.namespace);
  c.ref({
    via: 'host',
    from,
    type,
    host,
    namespace: c.namespace,
    exportTo: exportToOf(c.resource),
    fallback: service,
    path,
    ...(weight === undefined ? {} : { weight }),
    share,
  });
  if (subset) c.ref({ via: 'subset', from, service, subset, path });
}

/** Reads a DestinationRule: its host Service and one part per subset. */
export function extractDestinationRule(c: ExtractCollector): void {
  const spec = record(c.resource.value.spec);
  const host = text(spec?.host);
  // A wildcard host configures many Services at once; it names none of them.
  if (host && !isWildcardHost(host)) {
    const service = resolveServiceHost(host, c.namespace);
    c.extract.hostService = service.key;
    c.ref({
      via: 'host',
      from: c.resource.key,
      type: 'destination-rule-host',
      host,
      namespace: c.namespace,
      exportTo: exportToOf(c.resource),
      fallback: service,
      path: ['spec', 'host'],
    });
  }
  list(spec?.subsets).forEach((subset, i) => {
    const name = text(at(subset, 'name'));
    if (name) c.part('subset', `subset/${name}`, name, ['spec', 'subsets', i], i);
  });
}

/** Reads a ServiceEntry: the hosts it adds to the mesh, for destinations to resolve to. */
export function extractServiceEntry(c: ExtractCollector): void {
  const entry = meshEntryOf(c.resource);
  const scopes = exportScopes(exportToOf(c.resource), c.namespace);
  c.extract.meshHosts = { kind: 'ServiceEntry', scopes, hosts: entry.hosts };
}

/** Reads a Service: its cluster host, visible where its exportTo annotation says. */
export function extractService(c: ExtractCollector): void {
  const service = meshServiceOf(c.resource);
  c.extract.meshHosts = {
    kind: 'Service',
    scopes: serviceScopes(c.resource),
    hosts: service.hosts,
  };
}

/** Reads an Istio Gateway: one part per server and its TLS credential Secrets. */
export function extractIstioGateway(c: ExtractCollector): void {
  const spec = record(c.resource.value.spec);
  list(spec?.servers).forEach((server, i) => {
    const path = ['spec', 'servers', i];
    const id = c.part('server', `server/${i}`, serverLabel(server, i), path, i);
    const secret = (name: unknown) => {
      const written = text(name);
      return written ? target(CORE_GROUP, 'Secret', c.namespace, written) : undefined;
    };
    const tlsPath = [...path, 'tls'];
    c.object(id, 'certificate', secret(at(server, 'tls', 'credentialName')), [
      ...tlsPath,
      'credentialName',
    ]);
    list(at(server, 'tls', 'credentialNames')).forEach((name, k) => {
      c.object(id, 'certificate', secret(name), [...tlsPath, 'credentialNames', k]);
    });
  });
}

function serverLabel(server: unknown, index: number): string {
  const port = record(at(server, 'port'));
  const name = text(port?.name);
  if (name) return name;
  const number = num(port?.number);
  const protocol = text(port?.protocol);
  return number === undefined ? `server ${index}` : `${protocol ?? 'port'} ${number}`;
}
