import type { Rect, Viewport, XYPosition } from '@xyflow/react';
import { READABLE_ZOOM } from '../../core/layout/geometry.ts';

/** The smallest zoom at which node names render at 12 px and details at 11 px on screen. */
export { READABLE_ZOOM };
/** Fitting never zooms in further than this: a small design is not blown up. */
export const MAX_FIT_ZOOM = 1;
/** Space kept between the design and the canvas edges, in screen pixels. */
export const VIEW_PADDING_PX = 24;

interface Size {
  width: number;
  height: number;
}

/** Screen space overlaid by controls (the canvas' control bar, the minimap) that nodes avoid. */
export interface Reserved {
  bottom?: number;
  right?: number;
}

/**
 * The viewport a design opens at: the whole design when it fits at a readable zoom (centred);
 * otherwise readable zoom on the window of the design that shows the most whole nodes (the
 * leftmost, then topmost, of equals), centred vertically if the design's height fits. Fitting
 * everything would shrink the text of all but the smallest designs past reading; the toolbar's
 * Fit still shows everything.
 */
export function initialViewport(
  boxes: readonly Rect[],
  view: Size,
  reserved: Reserved = {},
): Viewport {
  const bounds = boundsOf(boxes);
  const room = roomOf(view, reserved);
  const fitZoom = Math.min(
    room.width / Math.max(1, bounds.width),
    room.height / Math.max(1, bounds.height),
    MAX_FIT_ZOOM,
  );
  const zoom = Math.max(fitZoom, READABLE_ZOOM);
  const centre = (size: number, viewSize: number, from: number) =>
    (viewSize - size * zoom) / 2 - from * zoom;
  const fitsWidth = bounds.width * zoom <= room.width;
  const fitsHeight = bounds.height * zoom <= room.height;
  const start =
    fitsWidth && fitsHeight
      ? bounds
      : densestWindow(boxes, { width: room.width / zoom, height: room.height / zoom });
  const usable = {
    width: room.width + 2 * VIEW_PADDING_PX,
    height: room.height + 2 * VIEW_PADDING_PX,
  };
  return {
    zoom,
    x: fitsWidth ? centre(bounds.width, usable.width, bounds.x) : VIEW_PADDING_PX - start.x * zoom,
    y: fitsHeight
      ? centre(bounds.height, usable.height, bounds.y)
      : VIEW_PADDING_PX - start.y * zoom,
  };
}

/** The screen space the design may fill: the view less padding and reserved strips. */
function roomOf(view: Size, reserved: Reserved): Size {
  return {
    width: Math.max(1, view.width - 2 * VIEW_PADDING_PX - (reserved.right ?? 0)),
    height: Math.max(1, view.height - 2 * VIEW_PADDING_PX - (reserved.bottom ?? 0)),
  };
}

/** True when the whole design fits the view at a readable zoom (no minimap needed). */
export function fitsReadably(boxes: readonly Rect[], view: Size, reserved: Reserved = {}): boolean {
  const bounds = boundsOf(boxes);
  const room = roomOf(view, reserved);
  return bounds.width * READABLE_ZOOM <= room.width && bounds.height * READABLE_ZOOM <= room.height;
}

/** The viewport that shows everything (the toolbar's Fit), never zooming in past 1. */
export function fitAllViewport(
  boxes: readonly Rect[],
  view: Size,
  reserved: Reserved = {},
): Viewport {
  const bounds = boundsOf(boxes);
  const room = roomOf(view, reserved);
  const zoom = Math.min(
    room.width / Math.max(1, bounds.width),
    room.height / Math.max(1, bounds.height),
    MAX_FIT_ZOOM,
  );
  return {
    zoom,
    x: VIEW_PADDING_PX + (room.width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: VIEW_PADDING_PX + (room.height - bounds.height * zoom) / 2 - bounds.y * zoom,
  };
}

function boundsOf(boxes: readonly Rect[]): Rect {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The top-left corner of a window of the given size (design units) holding the most whole
 * boxes. Windows start at a box's left edge and a box's top: the layout puts boxes in columns,
 * so a few distinct left edges are tried, each with a sweep over the tops (O(columns · n log n)).
 */
export function densestWindow(boxes: readonly Rect[], window: Size): XYPosition {
  let best = { count: 0, x: boxes[0]?.x ?? 0, y: boxes[0]?.y ?? 0 };
  const lefts = [...new Set(boxes.map((b) => b.x))].sort((a, b) => a - b);
  for (const left of lefts) {
    const inside = boxes
      .filter((b) => b.x >= left && b.x + b.width <= left + window.width)
      .sort((a, b) => a.y - b.y);
    // Two pointers: boxes[first..last] start at or below inside[first].y and end in the window.
    let last = 0;
    const bottoms: number[] = [];
    for (let first = 0; first < inside.length; first++) {
      const top = inside[first]!.y;
      for (; last < inside.length && inside[last]!.y <= top + window.height; last++)
        bottoms.push(inside[last]!.y + inside[last]!.height);
      const count = bottoms.slice(first, last).filter((b) => b <= top + window.height).length;
      if (count > best.count) best = { count, x: left, y: top };
    }
  }
  return { x: best.x, y: best.y };
}
