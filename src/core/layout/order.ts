import { countLayerCrossings, type Layers } from './layers.ts';

interface Neighbour {
  vertex: number;
  port: number;
}

/** How the ordering treats groups (namespaces): members of a group stay together in a column. */
export type GroupOf = (vertex: number) => string | undefined;

export interface OrderResult {
  order: number[][];
  crossings: number;
}

const MAX_SWEEPS = 16;
const PATIENCE = 4;

/**
 * Orders the vertices of every column to keep crossings few: alternating barycenter sweeps
 * (down, then up; port positions included) keeping the best order seen, then greedy adjacent
 * switches while they still remove crossings. Deterministic: ties keep the previous order.
 */
export function orderColumns(
  layers: Layers,
  initial: number[][],
  groupOf: GroupOf,
  options: {
    /** Start with an upward sweep (right to left) instead of a downward one. */
    upFirst?: boolean;
    /** Give up early (skipping the switch phase) when the sweeps end above this many crossings. */
    giveUpAbove?: number;
  } = {},
): OrderResult {
  const { upFirst = false, giveUpAbove = Infinity } = options;
  const { columnOf, segments } = layers;
  const left: Neighbour[][] = columnOf.map(() => []);
  const right: Neighbour[][] = columnOf.map(() => []);
  for (const layer of segments) {
    for (const s of layer) {
      left[s.hi]!.push({ vertex: s.lo, port: s.loPort });
      right[s.lo]!.push({ vertex: s.hi, port: s.hiPort });
    }
  }
  let order = initial.map((column) => column.slice());
  // Normalised position (index / column length) so columns of different sizes compare.
  const position = new Float64Array(columnOf.length);
  const index = new Int32Array(columnOf.length);
  const setPositions = (c: number) => {
    const column = order[c]!;
    column.forEach((v, i) => {
      index[v] = i;
      position[v] = column.length > 1 ? i / column.length : 0;
    });
  };
  const total = () => {
    let sum = 0;
    for (const layer of segments) sum += countLayerCrossings(layer, index);
    return sum;
  };
  order.forEach((_, c) => setPositions(c));

  const sortColumn = (c: number, neighbours: Neighbour[][]) => {
    const column = order[c]!;
    const bary = new Map<number, number>();
    for (const v of column) {
      const ns = neighbours[v]!;
      if (ns.length === 0) {
        bary.set(v, position[v]!);
        continue;
      }
      let sum = 0;
      for (const n of ns)
        sum += position[n.vertex]! + n.port / (order[columnOf[n.vertex]!]!.length || 1);
      bary.set(v, sum / ns.length);
    }
    const groupSum = new Map<string, { sum: number; count: number }>();
    for (const v of column) {
      const g = groupOf(v);
      if (g === undefined) continue;
      const acc = groupSum.get(g) ?? { sum: 0, count: 0 };
      acc.sum += bary.get(v)!;
      acc.count++;
      groupSum.set(g, acc);
    }
    const groupBary = (v: number) => {
      const g = groupOf(v);
      const acc = g === undefined ? undefined : groupSum.get(g);
      return acc ? acc.sum / acc.count : bary.get(v)!;
    };
    const keyed = column.map((v) => ({
      v,
      group: groupBary(v),
      bary: bary.get(v)!,
      at: index[v]!,
    }));
    keyed.sort((p, q) => p.group - q.group || p.bary - q.bary || p.at - q.at);
    order[c] = keyed.map((k) => k.v);
    setPositions(c);
  };

  let best = { order: order.map((column) => column.slice()), crossings: total() };
  for (
    let sweep = 0, stale = 0;
    sweep < MAX_SWEEPS && best.crossings > 0 && stale < PATIENCE;
    sweep++
  ) {
    if ((sweep + (upFirst ? 1 : 0)) % 2 === 0)
      for (let c = 1; c < order.length; c++) sortColumn(c, left);
    else for (let c = order.length - 2; c >= 0; c--) sortColumn(c, right);
    const crossings = total();
    if (crossings < best.crossings) {
      best = { order: order.map((column) => column.slice()), crossings };
      stale = 0;
    } else stale++;
    // Far behind an order found before: this start will not catch up.
    if (sweep >= 1 && best.crossings > 2 * giveUpAbove + 10) return best;
  }
  order = best.order;
  order.forEach((_, c) => setPositions(c));
  if (best.crossings > giveUpAbove) return best;
  if (best.crossings > 0) greedySwitch(order, left, right, index, groupOf);
  order.forEach((_, c) => setPositions(c));
  return { order, crossings: total() };
}

/** Crossings among the segments of u and v (both sides) when u is directly above v. */
function pairCrossings(
  u: number,
  v: number,
  left: Neighbour[][],
  right: Neighbour[][],
  index: Int32Array,
): number {
  let count = 0;
  for (const side of [left, right]) {
    for (const a of side[u]!) {
      const ka = index[a.vertex]! + a.port;
      for (const b of side[v]!) if (ka > index[b.vertex]! + b.port) count++;
    }
  }
  return count;
}

const MAX_SWITCH_PASSES = 6;

/** Swaps neighbours in a column while that removes crossings (never splitting a group). */
function greedySwitch(
  order: number[][],
  left: Neighbour[][],
  right: Neighbour[][],
  index: Int32Array,
  groupOf: GroupOf,
) {
  for (let pass = 0, improved = true; improved && pass < MAX_SWITCH_PASSES; pass++) {
    improved = false;
    for (const column of order) {
      for (let i = 0; i + 1 < column.length; i++) {
        const u = column[i]!;
        const v = column[i + 1]!;
        const gu = groupOf(u);
        const gv = groupOf(v);
        if (gu !== undefined && gv !== undefined && gu !== gv) continue;
        if (pairCrossings(v, u, left, right, index) < pairCrossings(u, v, left, right, index)) {
          column[i] = v;
          column[i + 1] = u;
          index[v] = i;
          index[u] = i + 1;
          improved = true;
        }
      }
    }
  }
}
