import type { Graph } from '../../core/graph/types.ts';
import { layoutGraph, type NodeBox } from '../../core/layout/layout.ts';
import { layoutStructure, type LayoutStructure } from '../../core/layout/structure.ts';

const structures = new WeakMap<Graph, LayoutStructure>();
let latest: { graph: Graph; structure: LayoutStructure } | undefined;

/**
 * The graph's boxes, rows and links (memoized per graph object). Built from the latest one when
 * the graph has its shape: typing a value rebuilds the graph, not its structure.
 */
export function structureOf(graph: Graph): LayoutStructure {
  let structure = structures.get(graph);
  if (!structure) {
    structure = layoutStructure(graph, latest);
    structures.set(graph, structure);
    latest = { graph, structure };
  }
  return structure;
}

const signatures = new WeakMap<readonly unknown[], string>();

/**
 * What the layout depends on: boxes (by place and kind, not by name, so a renamed resource keeps
 * its place), their rows and the links between them. A reused structure keeps its links array,
 * and with it the signature.
 */
function signature(structure: LayoutStructure): string {
  let key = signatures.get(structure.links);
  if (key === undefined) {
    const boxes = structure.boxes
      .map((b, i) => `${b.type}:${b.kind}:${structure.rows[i]!.length}`)
      .join('\n');
    const links = structure.links
      .map((l) => `${l.from.box}.${l.from.row}>${l.to.box}.${l.to.row}`)
      .join(',');
    key = `${boxes}\n${links}`;
    signatures.set(structure.links, key);
  }
  return key;
}

/** The previous layout's boxes under the new graph's ids, box for box (same shape). */
function rekeyed(
  layout: ReadonlyMap<string, NodeBox>,
  from: LayoutStructure,
  to: LayoutStructure,
): ReadonlyMap<string, NodeBox> {
  if (from.boxes.every((b, i) => b.id === to.boxes[i]!.id)) return layout;
  const next = new Map<string, NodeBox>();
  from.boxes.forEach((box, i) => {
    const at = layout.get(box.id);
    if (at) next.set(to.boxes[i]!.id, at);
  });
  return next;
}

/**
 * A memoized automatic layout: edits that do not change the graph's shape (weights, matches,
 * filters, hostnames, a resource's name or namespace) keep the layout, so nodes stay where the
 * user saw them.
 */
export function createLayoutCache(): (graph: Graph) => ReadonlyMap<string, NodeBox> {
  let last:
    { key: string; structure: LayoutStructure; layout: ReadonlyMap<string, NodeBox> } | undefined;
  let lastGraph: Graph | undefined;
  return (graph) => {
    if (graph === lastGraph && last) return last.layout;
    const structure = structureOf(graph);
    const key = signature(structure);
    last =
      last?.key === key
        ? { key, structure, layout: rekeyed(last.layout, last.structure, structure) }
        : { key, structure, layout: layoutGraph(graph) };
    lastGraph = graph;
    return last.layout;
  };
}
