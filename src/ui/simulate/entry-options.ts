/**
 * The entry points the Simulate panel offers, read from the design: each Gateway API Gateway and
 * its listeners, each Service a GAMMA route attaches to, each Istio Gateway, and the Istio mesh
 * for a client in each namespace that has VirtualServices (short hosts resolve there).
 * An option's id is what the store keeps (`SimulationRequest.entry`).
 */
import type { Design } from '../../core/design/design.ts';
import { at, list, num, text } from '../../core/graph/read.ts';
import type { Graph } from '../../core/graph/types.ts';
import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP } from '../../core/model/kinds.ts';
import type { SimEntry } from '../../core/simulate/entry.ts';

/** The picker's groups, in the order it shows them. */
export const ENTRY_GROUPS = ['Gateway API Gateways', 'Mesh (GAMMA) Services', 'Istio'] as const;
export type EntryGroup = (typeof ENTRY_GROUPS)[number];

export interface EntryOption {
  id: string;
  label: string;
  group: EntryGroup;
  entry: SimEntry;
}

export const MESH_ENTRY = 'mesh';

/** Services that routes name as their parentRef (GAMMA mesh routes). */
function meshServices(graph: Graph): Set<string> {
  const services = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.type !== 'parent-ref') continue;
    const node = graph.nodeById.get(edge.to);
    if (node?.type === 'resource' && node.group === CORE_GROUP && node.kind === 'Service')
      services.add(node.id);
  }
  return services;
}

export function entryOptions(design: Design, graph: Graph): EntryOption[] {
  const options: EntryOption[] = [];
  const services = meshServices(graph);
  const istio: EntryOption[] = [];
  for (const r of design.resources) {
    const namespace = r.namespace ?? design.options.defaultNamespace;
    const name = `${namespace}/${r.name}`;
    if (r.group === GATEWAY_GROUP && r.kind === 'Gateway') {
      options.push({
        id: `gateway:${name}`,
        label: `${name} (any listener)`,
        group: 'Gateway API Gateways',
        entry: { type: 'gateway', namespace, name: r.name },
      });
      for (const listener of list(at(r.value, 'spec', 'listeners'))) {
        const listenerName = text(at(listener, 'name'));
        if (!listenerName) continue;
        const port = num(at(listener, 'port')) ?? '?';
        const protocol = text(at(listener, 'protocol')) ?? '';
        options.push({
          id: `gateway:${name}#${listenerName}`,
          label: `${name} · listener ${listenerName} (${protocol} ${port})`,
          group: 'Gateway API Gateways',
          entry: { type: 'gateway', namespace, name: r.name, listener: listenerName },
        });
      }
    } else if (r.group === CORE_GROUP && r.kind === 'Service' && services.has(r.key)) {
      options.push({
        id: `service:${name}`,
        label: `Service ${name}`,
        group: 'Mesh (GAMMA) Services',
        entry: { type: 'service', namespace, name: r.name },
      });
    } else if (r.group === ISTIO_GROUP && r.kind === 'Gateway') {
      istio.push({
        id: `istio-gateway:${name}`,
        label: `Istio Gateway ${name}`,
        group: 'Istio',
        entry: { type: 'istio-gateway', namespace, name: r.name },
      });
    }
  }
  // The mesh once per client namespace: short hosts resolve in the client's namespace.
  const clients = new Set([design.options.defaultNamespace]);
  for (const r of design.resources)
    if (r.group === ISTIO_GROUP && r.kind === 'VirtualService' && r.namespace)
      clients.add(r.namespace);
  for (const namespace of [...clients].sort()) {
    const isDefault = namespace === design.options.defaultNamespace;
    istio.push({
      id: isDefault ? MESH_ENTRY : `${MESH_ENTRY}:${namespace}`,
      label: `mesh (client in ${namespace})`,
      group: 'Istio',
      entry: isDefault ? { type: 'mesh' } : { type: 'mesh', namespace },
    });
  }
  return [...options, ...istio];
}
