import type { Rect, Viewport, XYPosition } from '@xyflow/react';

/** The smallest zoom at which node text (12px) stays readable. */
export const READABLE_ZOOM = 0.8;
/** Fitting never zooms in further than this: a small design is not blown up. */
export const MAX_FIT_ZOOM = 1;
/** Space kept between the design and the canvas edges, in screen pixels. */
export const VIEW_PADDING_PX = 24;

interface Size {
  width: number;
  height: number;
}

/**
 * The viewport a design opens at: the whole design when it fits at a readable zoom (centred);
 * otherwise readable zoom on the window of the design that shows the most whole nodes (the
 * leftmost, then topmost, of equals), centred vertically if the design's height fits. Fitting
 * everything would shrink the text of all but the smallest designs past reading; the toolbar's
 * Fit still shows everything.
 */
export function initialViewport(boxes: readonly Rect[], view: Size): Viewport {
  const bounds = boundsOf(boxes);
  const room = {
    width: Math.max(1, view.width - 2 * VIEW_PADDING_PX),
    height: Math.max(1, view.height - 2 * VIEW_PADDING_PX),
  };
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
  return {
    zoom,
    x: fitsWidth ? centre(bounds.width, view.width, bounds.x) : VIEW_PADDING_PX - start.x * zoom,
    y: fitsHeight ? centre(bounds.height, view.height, bounds.y) : VIEW_PADDING_PX - start.y * zoom,
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
