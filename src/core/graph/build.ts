import type { Design } from '../design/design.ts';
import { Linker, type ExtractedResource } from './link.ts';
import { createExtractCache } from './parts.ts';
import type { PendingRef } from './extract-types.ts';
import type { Graph, GraphEdge, GraphNode } from './types.ts';

export type GraphBuilder = (design: Design) => Graph;

/**
 * A graph builder with its own per-resource memo: each resource's nodes and outgoing
 * references are read once per resource object, then a pass of Map lookups resolves them.
 */
export function createGraphBuilder(): GraphBuilder {
  const extractOf = createExtractCache();
  const edgeCache = new WeakMap<PendingRef, Map<string, GraphEdge>>();
  return (design) => {
    const extracted = new Map<string, ExtractedResource>();
    const nodes: GraphNode[] = [];
    const nodeById = new Map<string, GraphNode>();
    const rulesByService = new Map<string, string[]>();
    for (const resource of design.resources) {
      // A duplicate key is an error reported by the design; its first definition is the one used.
      if (design.byKey.get(resource.key) !== resource) continue;
      const extract = extractOf(resource);
      extracted.set(resource.key, { resource, extract });
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
    const linker = new Linker(extracted, nodes, nodeById, rulesByService, edgeCache);
    for (const { resource, extract } of extracted.values()) {
      for (const ref of extract.refs) linker.link(resource, ref);
    }
    return { nodes, edges: linker.edges, nodeById };
  };
}

const sharedBuilder = createGraphBuilder();

/**
 * The resource graph of a design: a node per resource and per part routing attaches to
 * (listeners, rules, servers, VirtualService routes, subsets), an edge per reference, and
 * `missing` nodes for referenced objects the design lacks. Never throws. Rebuilding after an
 * edit re-reads only the resources the edit replaced.
 */
export function buildGraph(design: Design): Graph {
  return sharedBuilder(design);
}
