import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useDesignStoreApi } from '../state/store-context.tsx';
import type { CanvasNode } from './flow-types.ts';
import { initialViewport, MAX_FIT_ZOOM, VIEW_PADDING_PX } from './initial-viewport.ts';

const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * Places the viewport: once, when the canvas has a size and the design has nodes (the design's
 * saved viewport, else see `initialViewport`), and on every Fit request (`fitViewRequest` > 0),
 * which shows everything. Where the person leaves the view is kept in the store (and so saved).
 */
export function useViewport(nodes: readonly CanvasNode[], fitViewRequest: number): void {
  const flow = useReactFlow();
  const store = useDesignStoreApi();
  const size = useStore(selectSize);
  const placed = useRef(false);

  useEffect(() => {
    const [width = 0, height = 0] = size.split('x').map(Number);
    if (placed.current || nodes.length === 0 || width === 0 || height === 0) return;
    placed.current = true;
    const saved = store.getState().viewport;
    if (saved) {
      void flow.setViewport(saved);
      return;
    }
    const boxes = nodes.map((n) => ({
      ...n.position,
      width: n.measured?.width ?? 0,
      height: n.measured?.height ?? 0,
    }));
    void flow.setViewport(initialViewport(boxes, { width, height }));
  }, [flow, size, nodes, store]);

  useEffect(() => {
    if (fitViewRequest > 0)
      void flow.fitView({
        duration: 200,
        maxZoom: MAX_FIT_ZOOM,
        padding: `${VIEW_PADDING_PX}px`,
      });
  }, [fitViewRequest, flow]);
}
