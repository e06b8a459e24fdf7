import type { Rect } from '@xyflow/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  densestWindow,
  initialViewport,
  MAX_FIT_ZOOM,
  READABLE_ZOOM,
  VIEW_PADDING_PX,
} from './initial-viewport.ts';

const view = { width: 1000, height: 800 };
const box = (x: number, y: number, width = 280, height = 60) => ({ x, y, width, height });
/** Five layout columns, 420 apart, as the layout draws them. */
const columns = (...ys: number[][]) => ys.flatMap((col, c) => col.map((y) => box(c * 420, y)));

/** Where a design point lands on screen. */
const toScreen = (v: { x: number; y: number; zoom: number }, x: number, y: number) => ({
  x: v.x + x * v.zoom,
  y: v.y + y * v.zoom,
});

describe('initialViewport', () => {
  it('shows a tiny design whole at zoom 1, centred', () => {
    const v = initialViewport([box(0, 0, 300, 100)], view);
    expect(v.zoom).toBe(MAX_FIT_ZOOM);
    expect(toScreen(v, 150, 50)).toEqual({ x: 500, y: 400 });
  });

  it('keeps a wide design readable from its left edge, centred vertically', () => {
    const v = initialViewport(columns([70], [0, 80], [70], [0], [0, 100]), view);
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(toScreen(v, 0, 80)).toEqual({ x: VIEW_PADDING_PX, y: 400 });
  });

  it('opens a tall design where the most nodes are', () => {
    const lonelyClass = [18_000];
    const routes = Array.from({ length: 50 }, (_, i) => i * 80);
    const v = initialViewport(columns(lonelyClass, [18_000, 20_000], [], routes, routes), view);
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(toScreen(v, 3 * 420, 0)).toEqual({ x: VIEW_PADDING_PX, y: VIEW_PADDING_PX });
  });

  it('never zooms below readable or above 1', () => {
    const rect = fc.record({
      x: fc.integer({ min: -1e4, max: 1e4 }),
      y: fc.integer({ min: -1e4, max: 1e4 }),
      width: fc.integer({ min: 1, max: 2000 }),
      height: fc.integer({ min: 1, max: 2000 }),
    });
    fc.assert(
      fc.property(fc.array(rect, { minLength: 1, maxLength: 30 }), (boxes) => {
        const v = initialViewport(boxes, view);
        expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
        expect(v.zoom).toBeLessThanOrEqual(MAX_FIT_ZOOM);
      }),
    );
  });
});

describe('densestWindow', () => {
  it('counts only whole boxes and prefers the leftmost of equal windows', () => {
    const boxes = columns([0], [0], [0], [0], [0]);
    // 1,100 units wide: boxes at 0 and 420 fit whole, the one at 840 ends at 1,120.
    expect(densestWindow(boxes, { width: 1100, height: 500 })).toEqual({ x: 0, y: 0 });
  });

  it('finds a window no other window beats (brute force over every box corner)', () => {
    const rect = fc.record({
      x: fc.integer({ min: 0, max: 3000 }),
      y: fc.integer({ min: 0, max: 3000 }),
      width: fc.integer({ min: 10, max: 400 }),
      height: fc.integer({ min: 10, max: 400 }),
    });
    const size = { width: 1000, height: 700 };
    const countAt = (boxes: readonly Rect[], x: number, y: number) =>
      boxes.filter(
        (b) =>
          b.x >= x &&
          b.y >= y &&
          b.x + b.width <= x + size.width &&
          b.y + b.height <= y + size.height,
      ).length;
    fc.assert(
      fc.property(fc.array(rect, { minLength: 1, maxLength: 25 }), (boxes) => {
        const found = densestWindow(boxes, size);
        const best = Math.max(...boxes.flatMap((a) => boxes.map((b) => countAt(boxes, a.x, b.y))));
        expect(countAt(boxes, found.x, found.y)).toBe(best);
      }),
    );
  });
});
