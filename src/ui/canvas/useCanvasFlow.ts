import { useMemo } from 'react';
import type { DesignState } from '../../store/index.ts';
import { useDesign } from '../state/store-context.tsx';
import { createEdgeDeriver } from './derive-edges.ts';
import { createNodeDeriver } from './derive-nodes.ts';
import type { CanvasEdge, CanvasNode } from './flow-types.ts';
import { createLayoutCache } from './layout-cache.ts';

const selectFlowInputs = (s: DesignState) => ({
  design: s.design,
  graph: s.graph,
  positions: s.positions,
  selection: s.selection,
});

/**
 * React Flow nodes and edges derived from the store (graph, positions, selection) and the
 * automatic layout; never stored as a second truth. `measured` and `selectedEdges` are the
 * canvas' own session state.
 */
export function useCanvasFlow(
  measured: ReadonlyMap<string, { width: number; height: number }>,
  selectedEdges: ReadonlySet<string>,
): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const { design, graph, positions, selection } = useDesign(selectFlowInputs);
  const derive = useMemo(
    () => ({ layout: createLayoutCache(), nodes: createNodeDeriver(), edges: createEdgeDeriver() }),
    [],
  );
  const layout = useMemo(() => derive.layout(graph), [derive, graph]);
  const nodes = useMemo(
    () => derive.nodes({ design, graph, layout, positions, selection, measured }),
    [derive, design, graph, layout, positions, selection, measured],
  );
  const edges = useMemo(
    () => derive.edges(graph, nodes, selectedEdges),
    [derive, graph, nodes, selectedEdges],
  );
  return { nodes, edges };
}
