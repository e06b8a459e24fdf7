import type { FieldPath } from '../diagnostics.ts';

/** Safe readers for resource values written by people (any field may be missing or wrong). */
export type Json = unknown;

export function getIn(value: Json, path: FieldPath): Json {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, Json>)[key];
  }
  return current;
}

export function asList(value: Json): readonly Json[] {
  return Array.isArray(value) ? value : [];
}

export function asRecord(value: Json): Readonly<Record<string, Json>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : {};
}

/** A scalar as text ('' for anything else). */
export function text(value: Json): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}
