import type { Graph, GraphEdge } from '../../core/graph/types.ts';
import type { CanvasEdge, CanvasNode } from './flow-types.ts';
import { handleId } from './flow-types.ts';
import { structureOf } from './layout-cache.ts';

/** Edge types that carry a traffic weight. */
const WEIGHTED = new Set(['backend', 'destination']);

/** `90%` for a weighted edge among its siblings (same rule); undefined when it is alone at 100%. */
export function weightLabels(graph: Graph): Map<string, string> {
  const byRule = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    if (!WEIGHTED.has(edge.type)) continue;
    const list = byRule.get(edge.from);
    if (list) list.push(edge);
    else byRule.set(edge.from, [edge]);
  }
  const labels = new Map<string, string>();
  for (const edges of byRule.values()) {
    const total = edges.reduce((sum, e) => sum + (e.weight ?? 1), 0);
    for (const edge of edges) {
      const weight = edge.weight ?? 1;
      if (edges.length === 1 && weight > 0) continue;
      const share = total > 0 ? (100 * weight) / total : 0;
      labels.set(edge.id, `${Number.isInteger(share) ? share : share.toFixed(1)}%`);
    }
  }
  return labels;
}

/**
 * Derives React Flow edges from graph edges. Each edge runs from the right-hand handle of the
 * node further left to the left-hand handle of the other (routes point at Gateways in the data,
 * but traffic is drawn flowing right); parentRefs land on the listener's own handle. Edge objects
 * are reused while unchanged, and the previous array itself when none changed: every new edges
 * array costs React Flow a pass over all edges.
 */
export function createEdgeDeriver(): (
  graph: Graph,
  nodes: readonly CanvasNode[],
  selectedEdges: ReadonlySet<string>,
) => CanvasEdge[] {
  let previous = new Map<string, CanvasEdge>();
  let previousEdges: CanvasEdge[] = [];
  return (graph, nodes, selectedEdges) => {
    const { boxes, anchors } = structureOf(graph);
    const xOf = new Map(nodes.map((n) => [n.id, n.position.x]));
    const labels = weightLabels(graph);
    const next = new Map<string, CanvasEdge>();
    const edges: CanvasEdge[] = [];
    for (const edge of graph.edges) {
      const from = anchors.get(edge.from);
      const to = anchors.get(edge.to);
      if (!from || !to) continue;
      const fromBox = boxes[from.box]!.id;
      const toBox = boxes[to.box]!.id;
      const flip = (xOf.get(fromBox) ?? 0) > (xOf.get(toBox) ?? 0);
      const [source, sourcePart, target, targetPart] = flip
        ? [toBox, edge.to, fromBox, edge.from]
        : [fromBox, edge.from, toBox, edge.to];
      const label = labels.get(edge.id);
      const missing = edge.to.startsWith('missing:');
      const selected = selectedEdges.has(edge.id);
      const old = previous.get(edge.id);
      const reusable =
        old &&
        old.source === source &&
        old.target === target &&
        old.selected === selected &&
        old.data?.label === label &&
        old.data?.missing === missing;
      const flowEdge: CanvasEdge = reusable
        ? old
        : {
            id: edge.id,
            type: 'ref',
            source,
            sourceHandle: handleId(sourcePart, 'out'),
            target,
            targetHandle: handleId(targetPart, 'in'),
            selected,
            data: { type: edge.type, label, missing },
          };
      next.set(edge.id, flowEdge);
      edges.push(flowEdge);
    }
    previous = next;
    const unchanged =
      edges.length === previousEdges.length && edges.every((e, i) => e === previousEdges[i]);
    if (!unchanged) previousEdges = edges;
    return previousEdges;
  };
}
