import type { FieldPath } from '../../diagnostics.ts';

/**
 * Parses a path printed by `formatPath` (`spec.rules[1].backendRefs[0]`) back into its parts.
 * Keys that themselves contain dots or brackets cannot be told apart from nesting; diagnostics
 * that quick fixes act on never point below such keys.
 */
export function parseFieldPath(text: string): FieldPath {
  const path: (string | number)[] = [];
  for (const token of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (token[2] !== undefined) path.push(Number(token[2]));
    else if (token[1] !== undefined) path.push(token[1]);
  }
  return path;
}

/** The plain value at a path inside a resource's value (undefined when absent). */
export function valueAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** Whether `path` starts with `prefix` (same parts in the same order). */
export function startsWith(path: FieldPath, prefix: FieldPath): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}
