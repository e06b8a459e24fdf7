import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { CanvasNode } from './flow-types.ts';
import { initialViewport, MAX_FIT_ZOOM, VIEW_PADDING_PX } from './initial-viewport.ts';

const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * Places the viewport: once, when the canvas has a size and the design has nodes (see
 * `initialViewport`), and on every Fit request (`fitViewRequest` > 0), which shows everything.
 */
export function useViewport(nodes: readonly CanvasNode[], fitViewRequest: number): void {
  const flow = useReactFlow();
  const size = useStore(selectSize);
  const placed = useRef(false);

  useEffect(() => {
    const [width = 0, height = 0] = size.split('x').map(Number);
    if (placed.current || nodes.length === 0 || width === 0 || height === 0) return;
    placed.current = true;
    const boxes = nodes.map((n) => ({
      ...n.position,
      width: n.measured?.width ?? 0,
      height: n.measured?.height ?? 0,
    }));
    void flow.setViewport(initialViewport(boxes, { width, height }));
  }, [flow, size, nodes]);

  useEffect(() => {
    if (fitViewRequest > 0)
      void flow.fitView({
        duration: 200,
        maxZoom: MAX_FIT_ZOOM,
        padding: `${VIEW_PADDING_PX}px`,
      });
  }, [fitViewRequest, flow]);
}
