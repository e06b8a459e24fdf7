import { useReactFlow, useStore, type ReactFlowState, type Rect } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { NamespaceFrame } from '../../core/layout/frames.ts';
import { useDesignStoreApi } from '../state/store-context.tsx';
import type { CanvasNode } from './flow-types.ts';
import {
  fitAllViewport,
  fitsReadably,
  initialViewport,
  type Reserved,
} from './initial-viewport.ts';

const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

/** Screen space the canvas' control bar covers at the bottom left: nodes keep clear of it. */
const CONTROLS_RESERVE_PX = 40;
/** The minimap's size and the strip it covers on the right when shown. */
export const MINIMAP_SIZE = { width: 168, height: 112 };
const MINIMAP_RESERVE_PX = MINIMAP_SIZE.width + 16;

/**
 * Places the viewport: once, when the canvas has a size and the design has nodes (the design's
 * saved viewport, else see `initialViewport`), and on every Fit request (`fitViewRequest` > 0), which shows everything.
 * Both keep the namespace frames in view and clear of the control bar (and of the minimap, which
 * is shown only for designs too large to show whole at a readable zoom). Returns whether the
 * minimap is shown.
 */
export function useViewport(
  nodes: readonly CanvasNode[],
  frames: readonly NamespaceFrame[],
  fitViewRequest: number,
): { showMinimap: boolean } {
  const flow = useReactFlow();
  const store = useDesignStoreApi();
  const size = useStore(selectSize);
  const placed = useRef(false);
  const [width = 0, height = 0] = size.split('x').map(Number);

  const boxes = useMemo((): Rect[] => {
    const nodeBoxes = nodes.map((n) => ({
      ...n.position,
      width: n.measured?.width ?? 0,
      height: n.measured?.height ?? 0,
    }));
    return [...nodeBoxes, ...frames];
  }, [nodes, frames]);
  const showMinimap =
    width > 0 && boxes.length > 0 && !fitsReadably(boxes, { width, height }, controlsOnly);
  const reserved = showMinimap ? withMinimap : controlsOnly;

  useEffect(() => {
    if (placed.current || nodes.length === 0 || width === 0 || height === 0) return;
    placed.current = true;
    const saved = store.getState().viewport;
    void flow.setViewport(saved ?? initialViewport(boxes, { width, height }, reserved));
  }, [flow, store, width, height, nodes.length, boxes, reserved]);

  const latest = useRef({ boxes, width, height, reserved });
  latest.current = { boxes, width, height, reserved };
  useEffect(() => {
    if (fitViewRequest === 0) return;
    const { boxes, width, height, reserved } = latest.current;
    void flow.setViewport(fitAllViewport(boxes, { width, height }, reserved), { duration: 200 });
  }, [fitViewRequest, flow]);

  return { showMinimap };
}

const controlsOnly: Reserved = { bottom: CONTROLS_RESERVE_PX };
const withMinimap: Reserved = { bottom: CONTROLS_RESERVE_PX, right: MINIMAP_RESERVE_PX };
