import { describe, expect, it } from 'vitest';
import { countCrossings, segmentsCross } from './crossings.ts';
import type { NodeBox } from './layout.ts';
import { edge, graphOf, resource } from './testing.ts';

const box = (x: number, y: number): NodeBox => ({ x, y, width: 100, height: 40 });

describe('segmentsCross', () => {
  it('sees an X, not parallels or shared ends', () => {
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(
      true,
    );
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(
      false,
    );
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 0, x2: 10, y2: 0 })).toBe(
      false,
    );
  });
});

describe('countCrossings', () => {
  const g1 = resource('Gateway', 'ns', 'g1');
  const g2 = resource('Gateway', 'ns', 'g2');
  const r1 = resource('HTTPRoute', 'ns', 'r1');
  const r2 = resource('HTTPRoute', 'ns', 'r2');
  const graph = graphOf([g1, g2, r1, r2], [edge(r1, g1, 'parent-ref'), edge(r2, g2, 'parent-ref')]);

  it('counts zero for parallel edges and one when the ends swap', () => {
    const straight = new Map([
      [g1.id, box(0, 0)],
      [g2.id, box(0, 100)],
      [r1.id, box(300, 0)],
      [r2.id, box(300, 100)],
    ]);
    expect(countCrossings(graph, straight)).toBe(0);
    const swapped = new Map(straight).set(r1.id, box(300, 100)).set(r2.id, box(300, 0));
    expect(countCrossings(graph, swapped)).toBe(1);
  });

  it('ignores edges to boxes without a position', () => {
    const partial = new Map([
      [g1.id, box(0, 0)],
      [r1.id, box(300, 100)],
      [r2.id, box(300, 0)],
    ]);
    expect(countCrossings(graph, partial)).toBe(0);
  });
});
