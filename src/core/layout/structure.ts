import type { Graph, GraphNode, GraphNodeType } from '../graph/types.ts';
import { supportingView, type SupportingView } from './supporting.ts';

/** Where an edge ends: a layout box and a row inside it (-1: the box's own header handle). */
export interface Anchor {
  box: number;
  row: number;
}

/** An edge between two different boxes. */
export interface Link {
  from: Anchor;
  to: Anchor;
}

/**
 * The graph as the layout sees it: resources (and missing objects, and `mesh`) are boxes; their
 * parts (listeners, rules, servers, routes, subsets) are rows inside the box, not separate nodes.
 */
export interface LayoutStructure {
  boxes: readonly GraphNode[];
  boxIndex: ReadonlyMap<string, number>;
  /** Rows of each box, in display order. */
  rows: readonly (readonly GraphNode[])[];
  /** Every graph node id → where its edges attach. */
  anchors: ReadonlyMap<string, Anchor>;
  links: readonly Link[];
  /** Supporting objects shown on what they serve (chips, frames) instead of as boxes. */
  supporting: SupportingView;
  /** The collapsed objects the person expanded back into boxes (part of the structure's identity). */
  expanded: ReadonlySet<string>;
}

export interface StructureOptions {
  /** Supporting objects to show as boxes all the same (see `supportingView`). */
  expanded?: ReadonlySet<string>;
}

const ROW_ORDER: Partial<Record<GraphNodeType, number>> = {
  listener: 0,
  server: 1,
  rule: 2,
  'http-route': 3,
  'tcp-route': 4,
  'tls-route': 5,
  subset: 6,
};

/** The resource node a part belongs to (parts of parts resolve to the outermost resource). */
function ownerOf(graph: Graph, node: GraphNode): GraphNode {
  let current = node;
  for (let depth = 0; depth < 8 && current.parent !== undefined; depth++) {
    const parent = graph.nodeById.get(current.parent);
    if (!parent) break;
    current = parent;
  }
  return current;
}

/**
 * Splits the graph into boxes and rows and maps its edges onto them. Given the previous graph and
 * its structure, and a graph of the same shape (an edit that changed values, not references), the
 * previous structure is reused with the new graph's nodes in it; rows whose nodes did not change
 * keep their arrays, so whatever is derived per row stays cached.
 */
export function layoutStructure(
  graph: Graph,
  previous?: { graph: Graph; structure: LayoutStructure },
  options: StructureOptions = {},
): LayoutStructure {
  const expanded = options.expanded ?? NONE;
  if (
    previous &&
    sameSet(previous.structure.expanded, expanded) &&
    sameShape(previous.graph, graph)
  )
    return rebind(previous.structure, graph);
  const supporting = supportingView(graph, (node) => ownerOf(graph, node), expanded);
  const boxes: GraphNode[] = [];
  const boxIndex = new Map<string, number>();
  const partsByOwner = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    const owner = ownerOf(graph, node);
    if (supporting.shownOn.has(owner.id)) continue;
    if (owner === node) {
      boxIndex.set(node.id, boxes.length);
      boxes.push(node);
    } else {
      const parts = partsByOwner.get(owner.id);
      if (parts) parts.push(node);
      else partsByOwner.set(owner.id, [node]);
    }
  }
  const anchors = new Map<string, Anchor>();
  const rows = boxes.map((box, b) => {
    anchors.set(box.id, { box: b, row: -1 });
    const parts = (partsByOwner.get(box.id) ?? [])
      .map((part, order) => ({ part, order }))
      .sort(
        (p, q) =>
          (ROW_ORDER[p.part.type] ?? 9) - (ROW_ORDER[q.part.type] ?? 9) ||
          (p.part.index ?? 0) - (q.part.index ?? 0) ||
          p.order - q.order,
      )
      .map((p) => p.part);
    parts.forEach((part, row) => anchors.set(part.id, { box: b, row }));
    return parts;
  });
  const links: Link[] = [];
  for (const edge of graph.edges) {
    const from = anchors.get(edge.from);
    const to = anchors.get(edge.to);
    if (from && to && from.box !== to.box) links.push({ from, to });
  }
  return { boxes, boxIndex, rows, anchors, links, supporting, expanded };
}

const NONE: ReadonlySet<string> = new Set();

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/** The same nodes (ids, parents, row order) and the same edges, in the same order. */
function sameShape(a: Graph, b: Graph): boolean {
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.parent !== y.parent || x.type !== y.type || x.index !== y.index)
      return false;
  }
  for (let i = 0; i < a.edges.length; i++) {
    const x = a.edges[i]!;
    const y = b.edges[i]!;
    if (x !== y && (x.from !== y.from || x.to !== y.to)) return false;
  }
  return true;
}

function rebind(structure: LayoutStructure, graph: Graph): LayoutStructure {
  const current = (node: GraphNode) => graph.nodeById.get(node.id) ?? node;
  const rows = structure.rows.map((row) => {
    const next = row.map(current);
    return next.every((node, i) => node === row[i]) ? row : next;
  });
  return { ...structure, boxes: structure.boxes.map(current), rows };
}
