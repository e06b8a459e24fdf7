/**
 * Guarded readers for user YAML: any field may hold any type, so every access goes through
 * these and an unexpected shape reads as "absent" instead of throwing.
 */

export type Fields = Readonly<Record<string, unknown>>;

/** The value when it is a mapping (not an array, not null), else undefined. */
export function record(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : undefined;
}

/** The value when it is a sequence, else an empty one. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value when it is a non-empty string. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The value when it is a finite number. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Follows mapping keys from `value`; undefined as soon as a step is not a mapping. */
export function at(value: unknown, ...keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    const fields = record(current);
    if (!fields || !Object.hasOwn(fields, key)) return undefined;
    current = fields[key];
  }
  return current;
}
