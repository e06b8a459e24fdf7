/** Gateway API durations (`1h30m`, `500ms`): parsed to milliseconds for comparisons. */
const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** Milliseconds of a Gateway API duration; NaN when it is not one. */
export function durationMillis(text: string): number {
  if (!/^([0-9]{1,5}(h|m|s|ms)){1,4}$/.test(text)) return NaN;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/([0-9]+)(ms|h|m|s)/g)) {
    total += Number(amount) * UNIT_MS[unit!]!;
  }
  return total;
}
