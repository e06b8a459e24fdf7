/**
 * Weight redistribution for traffic-shifting controls, in the style of Kiali's wizard: move one
 * backend's share and the others absorb the difference in proportion; locked backends keep
 * their share; "split evenly"; a rollout from an old backend to a new one. Results are whole
 * weights that add up exactly to the rule's total, and the total the user wrote is kept (weights
 * that summed to 10 keep summing to 10) unless the share asked for cannot be written at that
 * scale: then every weight is multiplied by the same whole factor, so shares stay exact.
 */

import type { TrafficFamily } from './split.ts';

/** New weights for a rule and the total they add up to. */
export interface Redistribution {
  weights: number[];
  total: number;
}

/** The scale used when the weights add up to 0 (nothing to keep), and the finest one we grow to. */
const PERCENT_SCALE = 100;

function sum(weights: readonly number[]): number {
  return weights.reduce((a, b) => a + b, 0);
}

/** Whole non-negative weights (a slider never writes fractions or negatives). */
function sanitize(weights: readonly number[]): number[] {
  return weights.map((w) => (Number.isFinite(w) && w > 0 ? Math.round(w) : 0));
}

/** The weights at a finer scale: multiplied by the least whole factor that reaches 100. */
function rescaled(weights: readonly number[]): number[] {
  const total = sum(weights);
  if (total === 0) return weights.map(() => 0);
  const factor = Math.ceil(PERCENT_SCALE / total);
  return weights.map((w) => w * factor);
}

/**
 * Splits `amount` over `targets` in proportion to `basis` (evenly when the basis is all 0), in
 * whole numbers by largest remainder, so the parts add up to `amount` exactly. Ties go to the
 * earlier backend.
 */
export function apportion(amount: number, basis: readonly number[]): number[] {
  if (basis.length === 0) return [];
  const total = sum(basis);
  const raw = basis.map((b) => (total > 0 ? (amount * b) / total : amount / basis.length));
  const parts = raw.map(Math.floor);
  let left = amount - sum(parts);
  const order = raw
    .map((r, i) => ({ i, frac: r - Math.floor(r) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]!++;
  return parts;
}

/** Whether `share` of `total` is a whole weight. */
function representable(share: number, total: number): boolean {
  const exact = share * total;
  return Math.abs(exact - Math.round(exact)) < 1e-9;
}

/**
 * Sets backend `index` to `share` (0..1) of the rule's traffic. Unlocked other backends share
 * the rest in proportion to their current weights; locked ones keep their weight. The share is
 * limited to what the locked backends leave; with every other backend locked nothing moves.
 */
export function moveShare(
  written: readonly number[],
  index: number,
  share: number,
  locked: readonly boolean[] = [],
): Redistribution {
  let weights = sanitize(written);
  const others = weights.map((_, i) => i).filter((i) => i !== index && !locked[i]);
  if (index < 0 || index >= weights.length || others.length === 0) {
    return { weights, total: sum(weights) };
  }
  const target = Math.min(1, Math.max(0, share));
  let total = sum(weights);
  if (total === 0) total = PERCENT_SCALE;
  else if (total < PERCENT_SCALE && !representable(target, total)) {
    weights = rescaled(weights);
    total = sum(weights);
  }
  const lockedSum = sum(weights.filter((_, i) => i !== index && locked[i]));
  const free = total - lockedSum;
  const mine = Math.min(free, Math.max(0, Math.round(target * total)));
  const rest = apportion(
    free - mine,
    others.map((i) => weights[i]!),
  );
  const next = weights.slice();
  next[index] = mine;
  others.forEach((i, k) => (next[i] = rest[k]!));
  return { weights: next, total };
}

/** Every unlocked backend gets the same share of what the locked ones leave (whole weights). */
export function splitEvenly(
  written: readonly number[],
  locked: readonly boolean[] = [],
): Redistribution {
  let weights = sanitize(written);
  const open = weights.map((_, i) => i).filter((i) => !locked[i]);
  if (open.length === 0) return { weights, total: sum(weights) };
  let total = sum(weights);
  if (total === 0) {
    weights = weights.map(() => 0);
    total = PERCENT_SCALE;
  }
  const free = () => total - sum(weights.filter((_, i) => locked[i]));
  if (free() % open.length !== 0 && total < PERCENT_SCALE) {
    weights = rescaled(weights);
    total = sum(weights);
  }
  const parts = apportion(
    free(),
    open.map(() => 1),
  );
  const next = weights.slice();
  open.forEach((i, k) => (next[i] = parts[k]!));
  return { weights: next, total };
}

/**
 * A rollout: `progress` (0..1) of the traffic the old and the new backend carry together goes to
 * the new one; other backends are untouched.
 */
export function rollout(
  written: readonly number[],
  from: number,
  to: number,
  progress: number,
): Redistribution {
  let weights = sanitize(written);
  if (from === to || weights[from] === undefined || weights[to] === undefined) {
    return { weights, total: sum(weights) };
  }
  const p = Math.min(1, Math.max(0, progress));
  let pair = weights[from]! + weights[to]!;
  if (pair === 0 && sum(weights) === 0) {
    weights = weights.map((_, i) => (i === from ? PERCENT_SCALE : 0));
    pair = PERCENT_SCALE;
  }
  if (pair > 0 && pair < PERCENT_SCALE && !representable(p, pair)) {
    weights = rescaled(weights);
    pair = weights[from]! + weights[to]!;
  }
  const next = weights.slice();
  next[to] = Math.round(p * pair);
  next[from] = pair - next[to]!;
  return { weights: next, total: sum(next) };
}

/**
 * The weights traffic-shifting controls start from, given the weights as they count
 * (`Split.weights`). Gateway API weights are relative, so they are the user's scale and stay it.
 * Istio weights are percentages (older istiod releases rejected routes whose weights did not add
 * up to 100), so a route that does not add up to 100 starts from the same shares at 100.
 */
export function controlWeights(family: TrafficFamily, counted: readonly number[]): number[] {
  const weights = sanitize(counted);
  if (family !== 'istio' || sum(weights) === PERCENT_SCALE) return weights;
  return apportion(PERCENT_SCALE, weights);
}
