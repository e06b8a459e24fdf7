import fc from 'fast-check';

/**
 * fast-check generators for hostile input: real resources (the seeds) bent at random places, with
 * keys that are Object.prototype's names, values of the wrong type at every depth, and huge lists.
 * The analysis must give a result for each, never throw.
 */

/** Keys that name Object.prototype members or are otherwise odd. */
export const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  'prototype',
  'length',
  '0',
  '',
  'then',
);

/** Any YAML value, with hostile keys in its mappings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -2, max: 70000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(
      '',
      '*',
      'constructor',
      '__proto__',
      'toString',
      'HTTP',
      '/',
      'a',
      'x'.repeat(300),
    ),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(hostileKey, fc.string({ maxLength: 4 })), tie('value'), {
      maxKeys: 3,
    }),
  ),
})).value;

/** A step of a path into a value: an index (taken modulo the keys or items found there). */
export type Mutation =
  | { at: number[]; op: 'replace'; value: unknown }
  | { at: number[]; op: 'addKey'; key: string; value: unknown }
  | { at: number[]; op: 'huge' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    at: fc.array(fc.nat(), { maxLength: 6 }),
    op: fc.constant('replace' as const),
    value: hostileValue,
  }),
  fc.record({
    at: fc.array(fc.nat(), { maxLength: 6 }),
    op: fc.constant('addKey' as const),
    key: hostileKey,
    value: hostileValue,
  }),
  fc.record({ at: fc.array(fc.nat(), { maxLength: 5 }), op: fc.constant('huge' as const) }),
);

function children(value: unknown): [string | number, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  if (typeof value === 'object' && value !== null) return Object.entries(value);
  return [];
}

function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Applies a mutation to a deep copy of `root` (a JSON-like value). */
export function mutate(root: unknown, m: Mutation): unknown {
  const copy = structuredClone(root);
  let parent: object | undefined;
  let key: string | number | undefined;
  let current: unknown = copy;
  for (const step of m.at) {
    const next = children(current);
    if (next.length === 0) break;
    parent = current as object;
    [key, current] = next[step % next.length]!;
  }
  const replaceWith = (value: unknown) => {
    if (parent === undefined || key === undefined) return value;
    setOwn(parent, key, value);
    return copy;
  };
  switch (m.op) {
    case 'replace':
      return replaceWith(m.value);
    case 'addKey':
      if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
        setOwn(current, m.key, m.value);
        return copy;
      }
      return replaceWith(Object.defineProperty({}, m.key, { value: m.value, enumerable: true }));
    case 'huge': {
      const first = Array.isArray(current) && current.length > 0 ? current[0] : current;
      // Small items only, so that huge lists inside huge lists stay a few megabytes.
      const item = (JSON.stringify(first) ?? '').length < 1000 ? first : 'big';
      return replaceWith(Array.from({ length: 2000 }, () => item));
    }
  }
}
