/**
 * Narrowing readers for the plain JS values of parsed YAML: wrong shapes read as absent. Keys come
 * from the user, so only own fields count: `constructor` or `toString` are absent unless written.
 */

export type PlainObject = Record<string, unknown>;

export function asObject(value: unknown): PlainObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as PlainObject)
    : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** An own field of a mapping (never one inherited from Object.prototype). */
export function ownValue(object: PlainObject | undefined, key: string): unknown {
  return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Reads a nested field: `field(obj, 'spec', 'listeners')`. */
export function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) current = ownValue(asObject(current), key);
  return current;
}

/** The objects of an array field, each with its index (non-objects are skipped). */
export function objectsOf(value: unknown): { item: PlainObject; index: number }[] {
  const out: { item: PlainObject; index: number }[] = [];
  asArray(value).forEach((entry, index) => {
    const item = asObject(entry);
    if (item) out.push({ item, index });
  });
  return out;
}

/** The string entries of an array field. */
export function stringsOf(value: unknown): string[] {
  return asArray(value).filter((v): v is string => typeof v === 'string');
}

/** Deep equality for plain YAML values (objects compared by keys, order-insensitive). */
export function plainEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => plainEqual(item, b[i]));
  }
  const oa = asObject(a);
  const ob = asObject(b);
  if (!oa || !ob) return false;
  const keys = Object.keys(oa);
  if (keys.length !== Object.keys(ob).length) return false;
  return keys.every((k) => Object.hasOwn(ob, k) && plainEqual(oa[k], ob[k]));
}
