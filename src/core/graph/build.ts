import type { Design } from '../design/design.ts';
import { buildFull, type BuildMemo, type BuiltGraph } from './full-build.ts';
import { createExtractCache } from './parts.ts';
import { updateGraph } from './update.ts';
import type { Graph } from './types.ts';

export type GraphBuilder = (design: Design) => Graph;

/**
 * A graph builder with its own per-resource memo: each resource's nodes and outgoing
 * references are read once per resource object, then a pass of Map lookups resolves them.
 * After an edit that only replaced a few resources, it patches its previous graph instead:
 * their nodes and edges are swapped, the rest is kept (see {@link updateGraph}).
 */
export function createGraphBuilder(): GraphBuilder {
  const memo: BuildMemo = { extractOf: createExtractCache(), edgeCache: new WeakMap() };
  let last: BuiltGraph | undefined;
  return (design) => {
    last = (last && updateGraph(last, design, memo)) ?? buildFull(design, memo);
    return last.graph;
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
