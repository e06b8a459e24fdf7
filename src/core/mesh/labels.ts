import { asObject } from '../analysis/support/values.ts';

/** Labels (or a label selector's matchLabels): a Map, since keys come from the user. */
export type Labels = ReadonlyMap<string, string>;

/** The string-valued entries of a mapping (numbers and booleans as Kubernetes prints them). */
export function labelsOf(value: unknown): Labels {
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(asObject(value) ?? {})) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      out.set(key, String(v));
    }
  }
  return out;
}

/** Whether every label of `selector` is on `labels` with the same value (empty selects all). */
export function selects(selector: Labels, labels: Labels): boolean {
  for (const [key, value] of selector) if (labels.get(key) !== value) return false;
  return true;
}

/** `k=v,k2=v2` with sorted keys, as Kubernetes' `labels.SelectorFromSet(...).String()`. */
export function selectorText(selector: Labels): string {
  return [...selector]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
