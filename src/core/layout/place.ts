import { COLUMN_GAP, NODE_GAP } from './geometry.ts';

/** The vertical space to keep between box `above` and box `below` of one column. */
export type GapBetween = (above: number, below: number) => number;

/** A box to place: its size, and where its edges attach (offsets from its top). */
export interface PlacedBox {
  width: number;
  height: number;
}

/** An edge between boxes for placement: the handle offsets from each box's top. */
export interface PlacementLink {
  a: number;
  aOffset: number;
  b: number;
  bOffset: number;
}

const ROUNDS = 6;

/**
 * Minimises Σ w·(z − t)² subject to z non-decreasing (pool adjacent violators). With targets
 * shifted by the running stack height this places a column's boxes, in their order and without
 * overlap, as near as possible to where their edges pull them.
 */
export function isotonic(targets: readonly number[], weights: readonly number[]): number[] {
  const blocks: { sum: number; weight: number; count: number }[] = [];
  targets.forEach((t, i) => {
    const w = weights[i]!;
    blocks.push({ sum: t * w, weight: w, count: 1 });
    while (blocks.length > 1) {
      const top = blocks[blocks.length - 1]!;
      const below = blocks[blocks.length - 2]!;
      if (below.sum / below.weight <= top.sum / top.weight) break;
      blocks.pop();
      below.sum += top.sum;
      below.weight += top.weight;
      below.count += top.count;
    }
  });
  return blocks.flatMap((b) => new Array<number>(b.count).fill(b.sum / b.weight));
}

/**
 * Coordinates for ordered columns, given per connected component: x from the columns' widths;
 * y by rounds of pulling every box toward the weighted mean of its linked handles while keeping
 * the column order and the gaps. Each component is then moved below every component placed
 * before it across the columns it spans, so components never overlap and their edges never cross.
 */
export function placeColumns(
  components: readonly (readonly (readonly number[])[])[],
  boxes: readonly PlacedBox[],
  links: readonly PlacementLink[],
  gapBetween: GapBetween = () => NODE_GAP,
  componentGap = NODE_GAP,
): { x: number[]; y: number[] } {
  const x = new Array<number>(boxes.length).fill(0);
  const y = new Array<number>(boxes.length).fill(0);
  const columnCount = components.reduce((max, columns) => Math.max(max, columns.length), 0);
  let left = 0;
  for (let c = 0; c < columnCount; c++) {
    let width = 0;
    for (const columns of components) {
      let top = 0;
      const column = columns[c] ?? [];
      column.forEach((b, i) => {
        x[b] = left;
        y[b] = top;
        top += boxes[b]!.height + (i + 1 < column.length ? gapBetween(b, column[i + 1]!) : 0);
        width = Math.max(width, boxes[b]!.width);
      });
    }
    left += width + COLUMN_GAP;
  }
  const pulls: { other: number; delta: number }[][] = boxes.map(() => []);
  for (const link of links) {
    // Box a wants its handle level with b's: y[a] = y[b] + bOffset - aOffset.
    pulls[link.a]!.push({ other: link.b, delta: link.bOffset - link.aOffset });
    pulls[link.b]!.push({ other: link.a, delta: link.aOffset - link.bOffset });
  }
  const settle = (column: readonly number[]) => {
    const targets: number[] = [];
    const weights: number[] = [];
    let stack = 0;
    const step = (i: number) =>
      boxes[column[i]!]!.height +
      (i + 1 < column.length ? gapBetween(column[i]!, column[i + 1]!) : 0);
    column.forEach((b, i) => {
      const ps = pulls[b]!;
      let want = y[b]!;
      if (ps.length) {
        let sum = 0;
        for (const p of ps) sum += y[p.other]! + p.delta;
        want = sum / ps.length;
      }
      // Unlinked boxes hold their place only lightly.
      weights.push(ps.length || 0.01);
      targets.push(want - stack);
      stack += step(i);
    });
    const z = isotonic(targets, weights);
    stack = 0;
    column.forEach((b, i) => {
      y[b] = z[i]! + stack;
      stack += step(i);
    });
  };
  // Lowest bottom (plus gap) of what is placed so far, per column.
  const floor = new Array<number>(columnCount).fill(0);
  for (const columns of components) {
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) columns.forEach(settle);
      else for (let c = columns.length - 1; c >= 0; c--) settle(columns[c]!);
    }
    const used = columns.flatMap((column, c) => (column.length ? [c] : []));
    if (!used.length) continue;
    const first = used[0]!;
    const last = used[used.length - 1]!;
    let minY = Infinity;
    let maxY = -Infinity;
    let shift = -Infinity;
    for (let c = first; c <= last; c++) shift = Math.max(shift, floor[c]!);
    for (const column of columns) {
      for (const b of column) {
        minY = Math.min(minY, y[b]!);
        maxY = Math.max(maxY, y[b]! + boxes[b]!.height);
      }
    }
    for (const column of columns) for (const b of column) y[b] = y[b]! - minY + shift;
    for (let c = first; c <= last; c++) floor[c] = shift + maxY - minY + componentGap;
  }
  return { x, y };
}
