import { useStoreApi } from '@xyflow/react';
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
 * automatic layout; never stored as a second truth. `selectedEdges` is the canvas' own session
 * state. Measured sizes stay in React Flow's store: a measurement re-derives nothing.
 */
export function useCanvasFlow(selectedEdges: ReadonlySet<string>): {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
} {
  const { design, graph, positions, selection } = useDesign(selectFlowInputs);
  const flowStore = useStoreApi<CanvasNode, CanvasEdge>();
  const derive = useMemo(
    () => ({ layout: createLayoutCache(), nodes: createNodeDeriver(), edges: createEdgeDeriver() }),
    [],
  );
  const measuredOf = useMemo(
    () => (id: string) => {
      const size = flowStore.getState().nodeLookup.get(id)?.measured;
      return size?.width && size.height ? { width: size.width, height: size.height } : undefined;
    },
    [flowStore],
  );
  const layout = useMemo(() => derive.layout(graph), [derive, graph]);
  const nodes = useMemo(
    () => derive.nodes({ design, graph, layout, positions, selection, measuredOf }),
    [derive, design, graph, layout, positions, selection, measuredOf],
  );
  const edges = useMemo(
    () => derive.edges(graph, nodes, selectedEdges),
    [derive, graph, nodes, selectedEdges],
  );
  return { nodes, edges };
}
