import type { Design } from '../design/design.ts';
import { changedSlots, type SlotChange } from './changed-slots.ts';
import type { BuildMemo, BuiltGraph } from './full-build.ts';
import { Linker } from './link.ts';
import { TargetResolver } from './resolve.ts';
import type { GraphEdge, GraphNode } from './types.ts';

/**
 * Patches `built` into the graph of `design` when the edit only replaced resources whose outline
 * stayed the same: their nodes are swapped in place and only their references are re-linked.
 * Undefined when that cannot be shown to equal a full build; the caller then builds in full.
 */
export function updateGraph(
  built: BuiltGraph,
  design: Design,
  memo: BuildMemo,
): BuiltGraph | undefined {
  const changes = changedSlots(built, design, memo);
  // Each replaced resource is resolved twice here (old and new), once in a full build.
  if (!changes || changes.length * 2 > built.slots.length) return undefined;
  if (changes.length === 0) return { ...built, design };
  const slots = built.slots.slice();
  for (const { ordinal, after } of changes) slots[ordinal] = after;
  const { nodes, nodeById } = swapNodes(built, changes);
  const { ordinalByKey, rulesByService, hosts } = built;
  const scope = { resources: slots, ordinalByKey, nodeById, rulesByService, hosts };
  let touched: GraphNode[] = [];
  const resolver = new TargetResolver(scope, (node) => touched.push(node));
  const relinked: GraphEdge[][] = [];
  for (const { before, after } of changes) {
    touched = [];
    for (const ref of before.extract.refs) resolver.targets(ref);
    const touchedBefore = touched;
    touched = [];
    const targets = after.extract.refs.map((ref) => resolver.targets(ref));
    // Missing nodes go to the end of `nodes` in the order references first meet them, so the
    // kept ones are right only if this resource meets the same ones, in the same order.
    if (!sameNodeList(touchedBefore, touched)) return undefined;
    const linker = new Linker(nodeById, memo.edgeCache);
    after.extract.refs.forEach((ref, i) => linker.link(after.resource, ref, targets[i]!));
    relinked.push(linker.edges);
  }
  const { edges, edgeStarts } = spliceEdges(built, changes, relinked);
  const graph = { nodes, edges, nodeById };
  return { ...built, design, graph, slots, edgeStarts };
}

/**
 * The nodes with the changed resources' nodes in place of the old ones (same ids, checked by
 * `changedSlots`). A node equal to the one it replaces is kept, and when all are, so are the
 * previous array and map, which spares copying the map on a plain value edit.
 */
function swapNodes(
  built: BuiltGraph,
  changes: readonly SlotChange[],
): { nodes: readonly GraphNode[]; nodeById: ReadonlyMap<string, GraphNode> } {
  const swaps: [at: number, node: GraphNode][] = [];
  for (const { after } of changes) {
    after.extract.nodes.forEach((node, i) => {
      const at = after.firstNode + i;
      if (!sameNode(built.graph.nodes[at]!, node)) swaps.push([at, node]);
    });
  }
  if (swaps.length === 0) return built.graph;
  const nodes = built.graph.nodes.slice();
  const nodeById = new Map(built.graph.nodeById);
  for (const [at, node] of swaps) {
    // A later node with the same id wins it in a full build; keep that one.
    if (nodeById.get(node.id) === nodes[at]) nodeById.set(node.id, node);
    nodes[at] = node;
  }
  return { nodes, nodeById };
}

/** The edges with each changed slot's run replaced by `relinked` (same order as `changes`). */
function spliceEdges(
  built: BuiltGraph,
  changes: readonly SlotChange[],
  relinked: readonly GraphEdge[][],
): { edges: GraphEdge[]; edgeStarts: number[] } {
  const { edges: previous } = built.graph;
  const starts = built.edgeStarts;
  const edges: GraphEdge[] = [];
  let copied = 0;
  changes.forEach(({ ordinal }, i) => {
    for (let e = copied; e < starts[ordinal]!; e++) edges.push(previous[e]!);
    for (const edge of relinked[i]!) edges.push(edge);
    copied = starts[ordinal + 1]!;
  });
  for (let e = copied; e < previous.length; e++) edges.push(previous[e]!);
  const edgeStarts = starts.slice();
  let shift = 0;
  let next = 0;
  for (let ordinal = 0; ordinal < edgeStarts.length; ordinal++) {
    for (; next < changes.length && changes[next]!.ordinal < ordinal; next++) {
      const changed = changes[next]!.ordinal;
      shift += relinked[next]!.length - (starts[changed + 1]! - starts[changed]!);
    }
    edgeStarts[ordinal]! += shift;
  }
  return { edges, edgeStarts };
}

function sameNodeList(a: readonly GraphNode[], b: readonly GraphNode[]): boolean {
  return a.length === b.length && a.every((node, i) => sameNode(node, b[i]!));
}

/** Field by field; `path` is the only field that is not a scalar. */
function sameNode(a: GraphNode, b: GraphNode): boolean {
  const keys = Object.keys(a) as (keyof GraphNode)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key];
    const y = b[key];
    if (x === y) return true;
    return (
      Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i])
    );
  });
}
