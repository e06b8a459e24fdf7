import type { Layers } from './layers.ts';
import { orderColumns, type GroupOf, type OrderResult } from './order.ts';

/**
 * Vertices × shuffled starts one component may spend: a corpus-sized component gets the full
 * set of shuffles, the 1,000-route design (thousands of vertices) none, so its time stays flat.
 */
const SHUFFLE_BUDGET = 2000;
const MAX_SHUFFLES = 16;

/**
 * Orders from a few deterministic starts (name order and its reverse, first sweep down or up,
 * with and without namespace groups) and keeps the one with the fewest crossings, preferring
 * namespace groups on a tie: they read well, but can cost many crossings (every team's routes
 * on one Gateway). Small components then also try seeded shuffles of the name order: the sweeps
 * settle in local minima that depend on the start, and a few more starts escape most of them.
 */
export function bestOrder(layers: Layers, initial: number[][], namespaceOf: GroupOf): number[][] {
  const noGroups: GroupOf = () => undefined;
  let best = namedStarts(layers, initial, namespaceOf);
  const shuffles = Math.min(
    MAX_SHUFFLES,
    Math.floor(SHUFFLE_BUDGET / Math.max(layers.columnOf.length, 1)),
  );
  const random = seededRandom(layers.columnOf.length);
  for (let s = 0; s < shuffles && best.crossings > 0; s++) {
    const start = initial.map((column) => shuffle(column, random));
    const result = orderColumns(layers, start, noGroups, {
      upFirst: s % 2 === 1,
      giveUpAbove: best.crossings,
    });
    if (result.crossings < best.crossings) best = result;
  }
  return best.order;
}

function namedStarts(layers: Layers, initial: number[][], namespaceOf: GroupOf): OrderResult {
  const reversed = initial.map((column) => column.slice().reverse());
  const noGroups: GroupOf = () => undefined;
  let best = orderColumns(layers, initial, noGroups);
  let bestGrouped = false;
  for (const grouped of [false, true]) {
    for (const start of [initial, reversed]) {
      for (const upFirst of [false, true]) {
        if (!grouped && start === initial && !upFirst) continue; // the first attempt, above
        // A zero-crossing order cannot be beaten, only tied by a grouped one.
        if (best.crossings === 0 && (bestGrouped || !grouped)) continue;
        const giveUpAbove = best.crossings;
        const result = orderColumns(layers, start, grouped ? namespaceOf : noGroups, {
          upFirst,
          giveUpAbove,
        });
        const tieWon = grouped && !bestGrouped && result.crossings === best.crossings;
        if (result.crossings < best.crossings || tieWon) {
          best = result;
          bestGrouped = grouped;
        }
        // Groups that lose clearly from the first start will not win from the others.
        if (grouped && result.crossings > 2 * giveUpAbove + 10) return best;
      }
    }
  }
  return best;
}

/** Mulberry32: a small, fast PRNG, so shuffled starts (and the layout) stay deterministic. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy. */
function shuffle(column: readonly number[], random: () => number): number[] {
  const result = column.slice();
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
