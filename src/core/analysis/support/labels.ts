import { asArray, asObject, asString, stringsOf } from './values.ts';

/**
 * Whether labels satisfy a Kubernetes label selector (`matchLabels` and `matchExpressions`,
 * ANDed). An empty selector selects everything, as in Kubernetes.
 */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  const object = asObject(selector) ?? {};
  const matchLabels = asObject(object['matchLabels']) ?? {};
  for (const [key, value] of Object.entries(matchLabels)) {
    if (labels[key] !== String(value)) return false;
  }
  for (const entry of asArray(object['matchExpressions'])) {
    const expression = asObject(entry);
    const key = asString(expression?.['key']);
    if (!expression || key === undefined) return false;
    const values = stringsOf(expression['values']);
    const present = key in labels;
    switch (asString(expression['operator'])) {
      case 'In':
        if (!present || !values.includes(labels[key]!)) return false;
        break;
      case 'NotIn':
        if (present && values.includes(labels[key]!)) return false;
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
