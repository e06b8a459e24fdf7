import type { Anchor, LayoutStructure } from './structure.ts';

/** A segment between a vertex of column c (`lo`) and one of column c + 1 (`hi`). */
export interface Segment {
  lo: number;
  /** Where on `lo` the segment attaches, in [0, 1): 0 is the header, rows follow top to bottom. */
  loPort: number;
  hi: number;
  hiPort: number;
}

/**
 * The proper layered graph used for ordering: vertices 0..boxes-1 are the boxes, higher ones are
 * dummies that carry an edge across the columns it skips (so long edges take part in the
 * ordering like short ones).
 */
export interface Layers {
  /** Column of every vertex (boxes first, then dummies). */
  columnOf: number[];
  columnCount: number;
  /** `segments[c]`: the segments between column c and c + 1. */
  segments: Segment[][];
}

function portOf(structure: LayoutStructure, anchor: Anchor): number {
  return anchor.row < 0 ? 0 : (anchor.row + 1) / (structure.rows[anchor.box]!.length + 1);
}

/** Builds the layered graph from box columns; edges inside one column do not order anything. */
export function buildLayers(structure: LayoutStructure, columns: readonly number[]): Layers {
  const columnOf = [...columns];
  const columnCount = columns.length ? Math.max(...columns) + 1 : 0;
  const segments: Segment[][] = Array.from({ length: Math.max(columnCount - 1, 0) }, () => []);
  for (const link of structure.links) {
    const a = columns[link.from.box]!;
    const b = columns[link.to.box]!;
    if (a === b) continue;
    const [lo, hi] = a < b ? [link.from, link.to] : [link.to, link.from];
    const loColumn = Math.min(a, b);
    const hiColumn = Math.max(a, b);
    let prev = lo.box;
    let prevPort = portOf(structure, lo);
    for (let c = loColumn + 1; c < hiColumn; c++) {
      const dummy = columnOf.length;
      columnOf.push(c);
      segments[c - 1]!.push({ lo: prev, loPort: prevPort, hi: dummy, hiPort: 0.5 });
      prev = dummy;
      prevPort = 0.5;
    }
    segments[hiColumn - 1]!.push({
      lo: prev,
      loPort: prevPort,
      hi: hi.box,
      hiPort: portOf(structure, hi),
    });
  }
  return { columnOf, columnCount, segments };
}

/** Number of pairs i < j with values[i] > values[j] (merge sort, O(n log n)). */
export function countInversions(values: number[]): number {
  if (values.length < 2) return 0;
  let count = 0;
  let src = values.slice();
  let dst = new Array<number>(values.length);
  for (let width = 1; width < src.length; width *= 2) {
    for (let start = 0; start < src.length; start += 2 * width) {
      const mid = Math.min(start + width, src.length);
      const end = Math.min(start + 2 * width, src.length);
      let i = start;
      let j = mid;
      let k = start;
      while (i < mid && j < end) {
        if (src[i]! <= src[j]!) dst[k++] = src[i++]!;
        else {
          count += mid - i;
          dst[k++] = src[j++]!;
        }
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < end) dst[k++] = src[j++]!;
    }
    [src, dst] = [dst, src];
  }
  return count;
}

/**
 * Crossings between two adjacent columns for the given vertex positions: two segments cross
 * when their ends are in opposite order on the two sides (ports included, shared ports never
 * cross).
 */
export function countLayerCrossings(
  segments: readonly Segment[],
  position: ArrayLike<number>,
): number {
  const keyed = segments.map((s) => ({
    lo: position[s.lo]! + s.loPort,
    hi: position[s.hi]! + s.hiPort,
  }));
  keyed.sort((p, q) => p.lo - q.lo || p.hi - q.hi);
  return countInversions(keyed.map((k) => k.hi));
}
