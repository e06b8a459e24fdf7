import { useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import { namespaceFrames, type NamespaceFrame } from '../../core/layout/frames.ts';
import type { DesignState } from '../../store/index.ts';
import { useDesign } from '../state/store-context.tsx';
import { createEdgeDeriver } from './derive-edges.ts';
import { createNodeDeriver } from './derive-nodes.ts';
import type { CanvasEdge, CanvasNode } from './flow-types.ts';
import { createLayoutCache, structureOf } from './layout-cache.ts';
import { boxAt } from './positions.ts';

const selectFlowInputs = (s: DesignState) => ({
  design: s.shownDesign,
  graph: s.graph,
  positions: s.positions,
  selection: s.selection,
  expanded: s.expanded,
});

/**
 * React Flow nodes and edges, and the namespace frames, derived from the store (graph, the design
 * it was built from, positions, selection, expanded supporting objects) and the automatic
 * layout; never stored as a second truth. `selectedEdges` is the canvas' own session state.
 * Measured sizes stay in React Flow's store: a measurement re-derives nothing.
 */
export function useCanvasFlow(selectedEdges: ReadonlySet<string>): {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  frames: NamespaceFrame[];
} {
  const { design, graph, positions, selection, expanded } = useDesign(selectFlowInputs);
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
  const structure = useMemo(() => structureOf(graph, expanded), [graph, expanded]);
  const layout = useMemo(() => derive.layout(structure), [derive, structure]);
  // Typing rebinds the structure but keeps its supporting view: frames stay as they are.
  const namespaceObjects = structure.supporting.namespaceObjects;
  const frames = useMemo(
    () =>
      namespaceFrames(
        layout.runs,
        layout.boxes,
        (id) => boxAt(id, layout.boxes, positions),
        namespaceObjects,
      ),
    [layout, positions, namespaceObjects],
  );
  const framed = useMemo(() => new Set(frames.flatMap((f) => f.members)), [frames]);
  const nodes = useMemo(
    () =>
      derive.nodes({
        design,
        graph,
        structure,
        layout: layout.boxes,
        positions,
        selection,
        framed,
        measuredOf,
      }),
    [derive, design, graph, structure, layout, positions, selection, framed, measuredOf],
  );
  const edges = useMemo(
    () => derive.edges(graph, structure, nodes, selectedEdges),
    [derive, graph, structure, nodes, selectedEdges],
  );
  return { nodes, edges, frames };
}
