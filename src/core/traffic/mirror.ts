/**
 * Mirror percentages: the fraction of a rule's requests copied to a mirror target (the copy's
 * response is discarded).
 */
import { at, num, record } from '../graph/read.ts';

/**
 * Gateway API `requestMirror`: `percent` (0–100) or `fraction` (numerator / denominator, which
 * defaults to 100); "If neither field is specified, 100% of requests will be mirrored".
 */
export function gatewayMirrorFraction(requestMirror: unknown): number {
  const percent = num(at(requestMirror, 'percent'));
  if (percent !== undefined) return clamp(percent / 100);
  const fraction = record(at(requestMirror, 'fraction'));
  if (fraction) {
    const numerator = num(fraction.numerator) ?? 0;
    const denominator = num(fraction.denominator) ?? 100;
    return denominator > 0 ? clamp(numerator / denominator) : 0;
  }
  return 1;
}

/**
 * Istio `mirrorPercentage.value` (a double), else the deprecated integer `mirrorPercent`, else
 * 100 %; an explicit 0 mirrors nothing (istiod's `MirrorPercent`).
 */
export function istioMirrorFraction(httpRoute: unknown): number {
  const percentage = at(httpRoute, 'mirrorPercentage');
  if (percentage !== undefined) return clamp((num(at(percentage, 'value')) ?? 0) / 100);
  const legacy = num(at(httpRoute, 'mirrorPercent'));
  if (legacy !== undefined) return clamp(legacy / 100);
  return 1;
}

/** Istio `mirrors[]` entry: `percentage.value`, else 100 % (istiod's `MirrorPercentByPolicy`). */
export function istioMirrorPolicyFraction(policy: unknown): number {
  const percentage = at(policy, 'percentage');
  if (percentage === undefined) return 1;
  return clamp((num(at(percentage, 'value')) ?? 0) / 100);
}

function clamp(fraction: number): number {
  return Math.min(1, Math.max(0, fraction));
}
