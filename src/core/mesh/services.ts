import {
  asNumber,
  asObject,
  asString,
  field,
  objectsOf,
  stringsOf,
} from '../analysis/support/values.ts';
import type { Resource } from '../model/resource.ts';
import { exportScopes, hostFqdn, HostRegistry } from './hosts.ts';
import { labelsOf, type Labels } from './labels.ts';

/** A port of a Service (`targetPort` when numeric) or of a ServiceEntry. */
export interface MeshPort {
  number: number;
  name: string | undefined;
  /** As written; Kubernetes defaults a Service port's protocol to TCP. */
  protocol: string | undefined;
  targetPort: number | undefined;
}

/** A host provider of the mesh: a Kubernetes Service or a ServiceEntry. */
export interface MeshService {
  resource: Resource;
  /** Qualified hosts: `name.ns.svc.cluster.local` for a Service. */
  hosts: string[];
  ports: MeshPort[];
  /** A Service's pod selector, or a ServiceEntry's `workloadSelector.labels`. */
  selector: Labels;
}

/** Annotation that limits where a Service is visible, as `exportTo` does for Istio objects. */
export const EXPORT_TO_ANNOTATION = 'networking.istio.io/exportTo';

function portsOf(resource: Resource, numberKey: 'port' | 'number'): MeshPort[] {
  const out: MeshPort[] = [];
  for (const { item } of objectsOf(field(resource.value, 'spec', 'ports'))) {
    const number = asNumber(item[numberKey]);
    if (number === undefined) continue;
    out.push({
      number,
      name: asString(item['name']),
      protocol: asString(item['protocol']),
      targetPort: asNumber(item['targetPort']),
    });
  }
  return out;
}

const services = new WeakMap<Resource, MeshService>();

/** A Service as the mesh sees it. */
export function meshServiceOf(service: Resource): MeshService {
  let known = services.get(service);
  if (!known) {
    const namespace = service.namespace ?? '';
    known = {
      resource: service,
      hosts: [hostFqdn(service.name, namespace)],
      ports: portsOf(service, 'port'),
      selector: labelsOf(field(service.value, 'spec', 'selector')),
    };
    services.set(service, known);
  }
  return known;
}

/** A ServiceEntry as the mesh sees it (short hosts qualified in its namespace). */
export function meshEntryOf(entry: Resource): MeshService {
  let known = services.get(entry);
  if (!known) {
    const namespace = entry.namespace ?? '';
    known = {
      resource: entry,
      hosts: stringsOf(field(entry.value, 'spec', 'hosts')).map((h) => hostFqdn(h, namespace)),
      ports: portsOf(entry, 'number'),
      selector: labelsOf(field(entry.value, 'spec', 'workloadSelector', 'labels')),
    };
    services.set(entry, known);
  }
  return known;
}

/** The namespaces a Service is visible in: its exportTo annotation, or all. */
export function serviceScopes(service: Resource): string[] {
  const annotation = asString(
    asObject(field(service.value, 'metadata', 'annotations'))?.[EXPORT_TO_ANNOTATION],
  );
  const written = (annotation ?? '').split(',').map((s) => s.trim());
  return exportScopes(
    written.filter((s) => s !== ''),
    service.namespace ?? '',
  );
}

/** An object's `spec.exportTo`. */
export function exportToOf(resource: Resource): string[] {
  return stringsOf(field(resource.value, 'spec', 'exportTo'));
}

/**
 * The hosts of the design: ServiceEntries first, then Services (which replace an entry of the
 * same host and scope), as istioctl's InitServiceEntryHostMap builds them.
 */
export function meshRegistry(
  serviceResources: readonly Resource[],
  entryResources: readonly Resource[],
): HostRegistry<MeshService> {
  const registry = new HostRegistry<MeshService>();
  for (const entry of entryResources) {
    const mesh = meshEntryOf(entry);
    const scopes = exportScopes(exportToOf(entry), entry.namespace ?? '');
    for (const host of mesh.hosts) registry.add(scopes, host, mesh);
  }
  for (const service of serviceResources) {
    const mesh = meshServiceOf(service);
    registry.add(serviceScopes(service), mesh.hosts[0]!, mesh);
  }
  return registry;
}
