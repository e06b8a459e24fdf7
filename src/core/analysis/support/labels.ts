import { asArray, asObject, asString, stringsOf } from './values.ts';

/** A label value as Kubernetes reads it: strings, and the numbers and booleans YAML made of them. */
export function labelText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/**
 * Whether labels satisfy a Kubernetes label selector (`matchLabels` and `matchExpressions`,
 * ANDed). An empty selector selects everything, as in Kubernetes.
 */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  const object = asObject(selector) ?? {};
  const matchLabels = asObject(object['matchLabels']) ?? {};
  const labelOf = (key: string) => (Object.hasOwn(labels, key) ? labels[key] : undefined);
  for (const [key, value] of Object.entries(matchLabels)) {
    if (labelOf(key) === undefined || labelOf(key) !== labelText(value)) return false;
  }
  for (const entry of asArray(object['matchExpressions'])) {
    const expression = asObject(entry);
    const key = asString(expression?.['key']);
    if (!expression || key === undefined) return false;
    const values = stringsOf(expression['values']);
    const present = labelOf(key) !== undefined;
    switch (asString(expression['operator'])) {
      case 'In':
        if (!present || !values.includes(labelOf(key)!)) return false;
        break;
      case 'NotIn':
        if (present && values.includes(labelOf(key)!)) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
