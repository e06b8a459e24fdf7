import type { Graph } from '../graph/types.ts';
import { anchorOffset, type NodeBox } from './layout.ts';
import { layoutStructure, type StructureOptions } from './structure.ts';

interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Sign of the turn a → b → c (0 when collinear). */
function turn(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

/** True when the two segments cross at a point inside both (touching ends do not count). */
export function segmentsCross(p: Line, q: Line): boolean {
  const d1 = turn(q.x1, q.y1, q.x2, q.y2, p.x1, p.y1);
  const d2 = turn(q.x1, q.y1, q.x2, q.y2, p.x2, p.y2);
  const d3 = turn(p.x1, p.y1, p.x2, p.y2, q.x1, q.y1);
  const d4 = turn(p.x1, p.y1, p.x2, p.y2, q.x2, q.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/**
 * Counts edge crossings of a drawn layout, the way a reader sees them: every edge is a straight
 * line from the facing side of one box to the facing side of the other, at the handle of the row
 * it attaches to (or of the box header). Works for any layout of the graph's boxes (ours, elkjs'),
 * so layouts can be compared on equal terms. Edges inside one box, edges to supporting objects
 * shown as chips and edges to boxes without a position are ignored.
 */
export function countCrossings(
  graph: Graph,
  layout: ReadonlyMap<string, NodeBox>,
  options: StructureOptions = {},
): number {
  const structure = layoutStructure(graph, undefined, options);
  const lines: (Line & { minX: number; maxX: number })[] = [];
  for (const link of structure.links) {
    const a = layout.get(structure.boxes[link.from.box]!.id);
    const b = layout.get(structure.boxes[link.to.box]!.id);
    if (!a || !b) continue;
    const ay = a.y + anchorOffset(structure, link.from);
    const by = b.y + anchorOffset(structure, link.to);
    const aLeftOfB = a.x + a.width / 2 <= b.x + b.width / 2;
    const ax = aLeftOfB ? a.x + a.width : a.x;
    const bx = aLeftOfB ? b.x : b.x + b.width;
    lines.push({ x1: ax, y1: ay, x2: bx, y2: by, minX: Math.min(ax, bx), maxX: Math.max(ax, bx) });
  }
  lines.sort((p, q) => p.minX - q.minX);
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const p = lines[i]!;
    for (let j = i + 1; j < lines.length && lines[j]!.minX < p.maxX; j++) {
      if (segmentsCross(p, lines[j]!)) count++;
    }
  }
  return count;
}
