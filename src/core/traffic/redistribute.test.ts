import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, controlWeights, moveShare, rollout, splitEvenly } from './redistribute.ts';

const sum = (w: readonly number[]) => w.reduce((a, b) => a + b, 0);
const weightsArb = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 6 });

describe('moveShare', () => {
  it('keeps the user scale when the share can be written at it', () => {
    expect(moveShare([9, 1], 1, 0.3)).toEqual({ weights: [7, 3], total: 10 });
    expect(moveShare([90, 10], 1, 0.25)).toEqual({ weights: [75, 25], total: 100 });
    expect(moveShare([1, 1], 1, 0.5)).toEqual({ weights: [1, 1], total: 2 });
  });

  it('moves to a finer scale by a whole factor when it cannot', () => {
    // 1:1 cannot say 10 %; ×50 keeps both shares exact and reaches 100.
    expect(moveShare([1, 1], 1, 0.1)).toEqual({ weights: [90, 10], total: 100 });
    expect(moveShare([2, 1], 0, 0.5).total).toBe(102);
  });

  it('redistributes the rest over the unlocked backends in proportion', () => {
    expect(moveShare([50, 30, 20], 0, 0.8)).toEqual({ weights: [80, 12, 8], total: 100 });
    expect(moveShare([50, 30, 20], 0, 0.6, [false, true, false])).toEqual({
      weights: [60, 30, 10],
      total: 100,
    });
  });

  it('cannot take more than the locked backends leave, nor move with all others locked', () => {
    expect(moveShare([50, 30, 20], 0, 0.9, [false, true, false]).weights).toEqual([70, 30, 0]);
    expect(moveShare([50, 50], 0, 0.9, [false, true]).weights).toEqual([50, 50]);
  });

  it('starts from a 100 scale when every weight is 0', () => {
    expect(moveShare([0, 0, 0], 2, 0.4)).toEqual({ weights: [30, 30, 40], total: 100 });
  });

  it('always gives whole weights that add up to the (possibly rescaled) total, honouring locks', () => {
    fc.assert(
      fc.property(
        weightsArb,
        fc.nat(5),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.boolean(), { maxLength: 6 }),
        (weights, i, share, locked) => {
          const index = i % weights.length;
          const result = moveShare(weights, index, share, locked);
          const before = sum(weights);
          expect(result.weights.every((w) => Number.isInteger(w) && w >= 0)).toBe(true);
          expect(sum(result.weights)).toBe(result.total);
          if (before >= 100) expect(result.total).toBe(before);
          if (before > 0) expect(result.total % before).toBe(0);
          const factor = before > 0 ? result.total / before : 1;
          result.weights.forEach((w, k) => {
            if (locked[k] && k !== index && before > 0) expect(w).toBe(weights[k]! * factor);
          });
          const others = weights.some((_, k) => k !== index && !locked[k]);
          if (others && before > 0) {
            const free =
              result.total - sum(result.weights.filter((_, k) => k !== index && locked[k]));
            const wanted = Math.min(free, Math.round(share * result.total));
            expect(result.weights[index]).toBe(wanted);
          }
        },
      ),
    );
  });
});

describe('splitEvenly', () => {
  it('splits evenly, in whole weights, around the locked ones', () => {
    expect(splitEvenly([90, 10])).toEqual({ weights: [50, 50], total: 100 });
    expect(splitEvenly([10, 20, 70])).toEqual({ weights: [34, 33, 33], total: 100 });
    expect(splitEvenly([6, 2, 2], [true])).toEqual({ weights: [6, 2, 2], total: 10 });
    expect(splitEvenly([3, 1, 1], [false, false, false]).total).toBe(100);
  });

  it('keeps sums exact and unlocked weights within 1 of each other', () => {
    fc.assert(
      fc.property(weightsArb, fc.array(fc.boolean(), { maxLength: 6 }), (weights, locked) => {
        const result = splitEvenly(weights, locked);
        expect(sum(result.weights)).toBe(result.total);
        const open = result.weights.filter((_, k) => !locked[k]);
        if (open.length > 0) expect(Math.max(...open) - Math.min(...open)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('rollout', () => {
  it('moves the pair’s traffic from the old backend to the new one, others untouched', () => {
    expect(rollout([100, 0], 0, 1, 0.25)).toEqual({ weights: [75, 25], total: 100 });
    expect(rollout([8, 2, 10], 0, 1, 0.5)).toEqual({ weights: [5, 5, 10], total: 20 });
    expect(rollout([1, 0], 0, 1, 0.1)).toEqual({ weights: [90, 10], total: 100 });
  });

  it('keeps every other backend’s share', () => {
    fc.assert(
      fc.property(weightsArb, fc.double({ min: 0, max: 1, noNaN: true }), (weights, progress) => {
        const result = rollout(weights, 0, 1, progress);
        const before = sum(weights);
        expect(sum(result.weights)).toBe(result.total);
        if (before > 0 && weights[0]! + weights[1]! > 0) {
          const factor = result.total / before;
          weights.slice(2).forEach((w, k) => expect(result.weights[k + 2]).toBe(w * factor));
        }
      }),
    );
  });
});

describe('apportion', () => {
  it('splits by largest remainder so the parts add up exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 0])).toEqual([4, 3]);
    expect(apportion(0, [5, 5])).toEqual([0, 0]);
  });
});

describe('controlWeights', () => {
  it('keeps Gateway API weights as the user wrote them', () => {
    expect(controlWeights('gateway-api', [9, 1])).toEqual([9, 1]);
    expect(controlWeights('gateway-api', [3, 0, 1])).toEqual([3, 0, 1]);
  });

  it('brings Istio percentages that do not add up to 100 to 100, keeping the shares', () => {
    expect(controlWeights('istio', [90, 10])).toEqual([90, 10]);
    expect(controlWeights('istio', [90, 0])).toEqual([100, 0]);
    expect(controlWeights('istio', [60, 30])).toEqual([67, 33]);
    expect(controlWeights('istio', [0, 0])).toEqual([50, 50]);
  });
});
