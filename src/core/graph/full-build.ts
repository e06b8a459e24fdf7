import type { Design } from '../design/design.ts';
import { HostRegistry } from '../mesh/hosts.ts';
import { isEditorOnly } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import type { ResourceExtract } from './extract-types.ts';
import { Linker, type EdgeCache } from './link.ts';
import { TargetResolver, type ExtractedResource } from './resolve.ts';
import type { Graph, GraphNode } from './types.ts';

/** A resource the graph uses (the first of its key), and where its nodes sit. */
export interface ResourceSlot extends ExtractedResource {
  /** Index in `nodes` of its resource node; its parts follow. */
  firstNode: number;
}

/** What a builder keeps from one build to the next, keyed by immutable objects. */
export interface BuildMemo {
  extractOf: (resource: Resource) => ResourceExtract;
  edgeCache: EdgeCache;
}

/** A built graph with what an incremental update needs to patch it. Never mutated. */
export interface BuiltGraph {
  design: Design;
  graph: Graph;
  /** The used resources, in design order. */
  slots: readonly ResourceSlot[];
  /** Index in `slots` of each key. */
  ordinalByKey: ReadonlyMap<string, number>;
  /** DestinationRule keys by the key of the Service their host names, in design order. */
  rulesByService: ReadonlyMap<string, readonly string[]>;
  /** Services and ServiceEntries by host, for Istio host references. */
  hosts: HostRegistry<string>;
  /**
   * Index in `edges` of the first edge of each slot, then `edges.length`: each resource's edges
   * are contiguous, since references are linked one resource at a time.
   */
  edgeStarts: readonly number[];
}

/** Builds the whole graph: every used resource's nodes, then every reference linked in order. */
export function buildFull(design: Design, { extractOf, edgeCache }: BuildMemo): BuiltGraph {
  const slots: ResourceSlot[] = [];
  const ordinalByKey = new Map<string, number>();
  const nodes: GraphNode[] = [];
  const nodeById = new Map<string, GraphNode>();
  const rulesByService = new Map<string, string[]>();
  for (const resource of design.resources) {
    // A duplicate key is an error reported by the design; its first definition is the one used.
    // Route Studio's own documents (routing tests) are not Kubernetes objects: not in the graph.
    if (design.byKey.get(resource.key) !== resource || isEditorOnly(resource.group)) continue;
    const extract = extractOf(resource);
    ordinalByKey.set(resource.key, slots.length);
    slots.push({ resource, extract, firstNode: nodes.length });
    for (const node of extract.nodes) {
      nodeById.set(node.id, node);
      nodes.push(node);
    }
    if (extract.hostService !== undefined) {
      const rules = rulesByService.get(extract.hostService);
      if (rules) rules.push(resource.key);
      else rulesByService.set(extract.hostService, [resource.key]);
    }
  }
  const hosts = hostRegistry(slots);
  const scope = { resources: slots, ordinalByKey, nodeById, rulesByService, hosts };
  const resolver = new TargetResolver(scope, (node) => {
    if (nodeById.has(node.id)) return;
    nodeById.set(node.id, node);
    nodes.push(node);
  });
  const linker = new Linker(nodeById, edgeCache);
  const edgeStarts: number[] = [];
  for (const { resource, extract } of slots) {
    edgeStarts.push(linker.edges.length);
    for (const ref of extract.refs) linker.link(resource, ref, resolver.targets(ref));
  }
  edgeStarts.push(linker.edges.length);
  const graph = { nodes, edges: linker.edges, nodeById };
  return { design, graph, slots, ordinalByKey, rulesByService, hosts, edgeStarts };
}

/** ServiceEntry hosts, then Service hosts over them, as `mesh/services.ts` orders them. */
function hostRegistry(slots: readonly ResourceSlot[]): HostRegistry<string> {
  const hosts = new HostRegistry<string>();
  for (const kind of ['ServiceEntry', 'Service'] as const) {
    for (const { resource, extract } of slots) {
      const provided = extract.meshHosts;
      if (provided?.kind !== kind) continue;
      for (const host of provided.hosts) hosts.add(provided.scopes, host, resource.key);
    }
  }
  return hosts;
}
