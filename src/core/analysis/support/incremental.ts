import type { Resource } from '../../model/resource.ts';

/**
 * Incremental analysis: results of analysis units kept across analyses and reused while nothing
 * they read has changed. A unit reads the design through the analysis context; a tracking context
 * notes which kinds it read (`find`, `ofKind`, namespace labels). Each kind has a version token
 * that survives from one analysis to the next while the kind's resources are the same objects
 * (designs share untouched resources), so an edit inside one HTTPRoute changes the HTTPRoute token
 * only: units that read Services, Gateways or Secrets keep their results, as do the units of every
 * other route (a unit of one resource is keyed by that resource object).
 */

/** The version of each `group/kind` in one analysis; `ALL` stands for the whole design. */
export type KindVersions = ReadonlyMap<string, object>;

/** Reads of the whole design (`ctx.design`): such a unit is redone on every change. */
export const ALL_KINDS = '*';

const EMPTY = Object.freeze({ empty: true });

/** Lists and tokens of the last analysis, to carry tokens over when lists are unchanged. */
let last: { lists: Map<string, readonly Resource[]>; tokens: Map<string, object> } | undefined;

function sameList(a: readonly Resource[] | undefined, b: readonly Resource[]): boolean {
  return a !== undefined && a.length === b.length && a.every((r, i) => r === b[i]);
}

/**
 * The version tokens of a design's kinds: the previous analysis's token where a kind's list is
 * the same resources, a new one otherwise. `design` is the token of `ALL_KINDS`.
 */
export function kindVersions(lists: Map<string, Resource[]>, design: object): KindVersions {
  const tokens = new Map<string, object>();
  for (const [kind, list] of lists) {
    const previous = last?.tokens.get(kind);
    tokens.set(kind, previous && sameList(last?.lists.get(kind), list) ? previous : {});
  }
  tokens.set(ALL_KINDS, design);
  last = { lists, tokens };
  return tokens;
}

/** The token of a kind; kinds without resources share one. */
export function versionOf(versions: KindVersions, kind: string): object {
  return versions.get(kind) ?? EMPTY;
}

interface Entry {
  /** The kinds read, with the version read. */
  reads: [string, object][];
  /** Other inputs of the unit, compared by identity. */
  inputs: readonly unknown[];
  value: unknown;
}

/** Resource-less units (the Istio analyzers as a whole, the listener topology). */
const DESIGN_WIDE = {};
const units = new WeakMap<object, Map<string, Entry>>();

/**
 * The cached result of `unit` for `resource` (or the design) if every kind it read has the same
 * version and every input is the same object; else `compute` runs, with `touched` filled by the
 * reads, and its result is kept.
 */
export function memoUnit<T>(
  versions: KindVersions,
  unit: string,
  resource: Resource | undefined,
  inputs: readonly unknown[],
  compute: (touched: Set<string>) => T,
  touchedOuter?: Set<string>,
): T {
  const owner = resource ?? DESIGN_WIDE;
  let byUnit = units.get(owner);
  if (!byUnit) units.set(owner, (byUnit = new Map()));
  const entry = byUnit.get(unit);
  if (
    entry &&
    entry.inputs.length === inputs.length &&
    entry.inputs.every((input, i) => input === inputs[i]) &&
    entry.reads.every(([kind, version]) => versionOf(versions, kind) === version)
  ) {
    for (const [kind] of entry.reads) touchedOuter?.add(kind);
    return entry.value as T;
  }
  const touched = new Set<string>();
  const value = compute(touched);
  byUnit.set(unit, {
    reads: [...touched].map((kind) => [kind, versionOf(versions, kind)]),
    inputs,
    value,
  });
  for (const kind of touched) touchedOuter?.add(kind);
  return value;
}
