import type { Graph, GraphEdge } from '../graph/types.ts';
import type { LayoutStructure } from '../layout/structure.ts';

/** An edge as drawn: from the right side of the box further left to the left side of the other. */
export interface DrawnEdge {
  edge: GraphEdge;
  /** Box ids. */
  source: string;
  target: string;
  /** The graph nodes (box or row) whose handles the edge joins. */
  sourcePart: string;
  targetPart: string;
}

/**
 * The edges the canvas and the diagram draw, given where each box is (`xOf`: its left edge).
 * Routes point at Gateways in the data, but traffic is drawn flowing right, so an edge is
 * flipped when its referrer is right of what it refers to. An Istio destination with a subset is
 * one edge, to the subset's row, carrying the destination's weight (not one to the Service and
 * one to the subset). Not drawn: edges to supporting objects shown as chips (the chip stands for
 * them), and a DestinationRule's edge to its Service when both sit in one column (the rule
 * stands next to its Service).
 */
export function drawnEdges(
  graph: Graph,
  structure: LayoutStructure,
  xOf: (box: string) => number,
): DrawnEdge[] {
  const { boxes, anchors } = structure;
  const subsetOf = new Map<string, GraphEdge>();
  for (const edge of graph.edges)
    if (edge.type === 'subset' && anchors.has(edge.to)) subsetOf.set(destinationKey(edge), edge);
  const out: DrawnEdge[] = [];
  for (const graphEdge of graph.edges) {
    if (graphEdge.type === 'subset' && anchors.has(graphEdge.to)) continue;
    const subset =
      graphEdge.type === 'destination' || graphEdge.type === 'mirror'
        ? subsetOf.get(destinationKey(graphEdge))
        : undefined;
    const edge = subset ? { ...graphEdge, to: subset.to } : graphEdge;
    const from = anchors.get(edge.from);
    const to = anchors.get(edge.to);
    if (!from || !to) continue;
    const fromBox = boxes[from.box]!.id;
    const toBox = boxes[to.box]!.id;
    const fromX = xOf(fromBox);
    const toX = xOf(toBox);
    if (edge.type === 'destination-rule-host' && fromX === toX) continue;
    out.push(
      fromX > toX
        ? { edge, source: toBox, sourcePart: edge.to, target: fromBox, targetPart: edge.from }
        : { edge, source: fromBox, sourcePart: edge.from, target: toBox, targetPart: edge.to },
    );
  }
  return out;
}

/** One Istio destination: the route it is written in and where (the subset edge shares both). */
function destinationKey(edge: GraphEdge): string {
  return `${edge.from}|${edge.source.path.join('/')}`;
}
