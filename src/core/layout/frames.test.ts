import { describe, expect, it } from 'vitest';
import { namespaceFrames } from './frames.ts';
import { FRAME_LABEL_HEIGHT, FRAME_PADDING } from './geometry.ts';
import type { NodeBox } from './layout.ts';

const box = (x: number, y: number): NodeBox => ({ x, y, width: 100, height: 50 });
const laidOut = new Map([
  ['a1', box(0, 0)],
  ['a2', box(0, 70)],
  ['b1', box(200, 0)],
  ['c1', box(200, 200)],
]);
const runs = [
  { namespace: 'a', column: 0, members: ['a1', 'a2'] },
  { namespace: 'a', column: 1, members: ['b1'] },
  { namespace: 'c', column: 1, members: ['c1'] },
];

describe('namespaceFrames', () => {
  it('frames each run with room for its label, merging neighbours of one namespace', () => {
    const frames = namespaceFrames(runs, laidOut, (id) => laidOut.get(id), new Map());
    expect(frames.map((f) => [f.namespace, [...f.members].sort()])).toEqual([
      ['a', ['a1', 'a2', 'b1']],
      ['c', ['c1']],
    ]);
    expect(frames[0]).toMatchObject({
      x: -FRAME_PADDING,
      y: -FRAME_PADDING - FRAME_LABEL_HEIGHT,
      width: 300 + 2 * FRAME_PADDING,
    });
  });

  it('does not merge over another namespace, and lets a box dragged away leave its frame', () => {
    const blocking = new Map(laidOut).set('c1', box(200, 60));
    const apart = namespaceFrames(runs, blocking, (id) => blocking.get(id), new Map());
    expect(apart.filter((f) => f.namespace === 'a')).toHaveLength(2);
    const moved = (id: string) => (id === 'a2' ? box(900, 900) : laidOut.get(id));
    const frames = namespaceFrames(runs, laidOut, moved, new Map([['a', 'ns-a']]));
    expect(frames[0]!.members).not.toContain('a2');
    expect(frames[0]!.object).toBe('ns-a');
  });
});
