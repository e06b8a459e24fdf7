import { drawnEdges } from '../../core/diagram/drawn-edges.ts';
import { weightLabels } from '../../core/diagram/edge-labels.ts';
import type { Graph } from '../../core/graph/types.ts';
import type { LayoutStructure } from '../../core/layout/structure.ts';
import type { CanvasEdge, CanvasNode } from './flow-types.ts';
import { handleId } from './flow-types.ts';

/**
 * Derives React Flow edges from the graph edges the diagram draws (`drawnEdges`): each runs from
 * the right-hand handle of the node further left to the left-hand handle of the other;
 * parentRefs land on the listener's own handle. Edge objects
 * are reused while unchanged, and the previous array itself when none changed: every new edges
 * array costs React Flow a pass over all edges.
 */
export function createEdgeDeriver(): (
  graph: Graph,
  structure: LayoutStructure,
  nodes: readonly CanvasNode[],
  selectedEdges: ReadonlySet<string>,
) => CanvasEdge[] {
  let previous = new Map<string, CanvasEdge>();
  let previousEdges: CanvasEdge[] = [];
  return (graph, structure, nodes, selectedEdges) => {
    const xOf = new Map(nodes.map((n) => [n.id, n.position.x]));
    const labels = weightLabels(graph);
    const next = new Map<string, CanvasEdge>();
    const edges: CanvasEdge[] = [];
    const drawn = drawnEdges(graph, structure, (box) => xOf.get(box) ?? 0);
    for (const { edge, source, sourcePart, target, targetPart } of drawn) {
      const label = labels.get(edge.id);
      const missing = edge.to.startsWith('missing:');
      const selected = selectedEdges.has(edge.id);
      const old = previous.get(edge.id);
      const reusable =
        old &&
        old.source === source &&
        old.target === target &&
        old.selected === selected &&
        old.data?.label?.text === label?.text &&
        old.data?.label?.detail === label?.detail &&
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
