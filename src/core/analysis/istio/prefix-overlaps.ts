import type { FieldPath } from '../../diagnostics.ts';
import { asNumber, asObject, asString, type PlainObject } from '../support/values.ts';

/** An http match with a `uri.prefix`, reduced to what Istio's overlap check compares. */
export interface PrefixMatch {
  rule: string;
  match: string;
  path: FieldPath;
  prefix: string;
  port: number;
  method: string;
  authority: string;
  headers: Map<string, string>;
  queryParams: Map<string, string>;
  withoutHeaders: Map<string, string>;
}

/** `exact:v`, `prefix:v` or empty (regex), as Istio's assignExactOrPrefix. */
function exactOrPrefix(value: unknown): string {
  const match = asObject(value);
  const exact = asString(match?.['exact']);
  if (exact) return `exact:${exact}`;
  const prefix = asString(match?.['prefix']);
  return prefix ? `prefix:${prefix}` : '';
}

function stringMatches(value: unknown): Map<string, string> {
  return new Map(Object.entries(asObject(value) ?? {}).map(([k, v]) => [k, exactOrPrefix(v)]));
}

/** Istio's genMatchHTTPRoutes: undefined for matches without a URI prefix. */
export function prefixMatch(
  match: PlainObject,
  labels: { rule: string; match: string },
  path: FieldPath,
): PrefixMatch | undefined {
  const prefix = asString(asObject(match['uri'])?.['prefix']);
  if (!prefix) return undefined;
  return {
    ...labels,
    path,
    prefix,
    port: asNumber(match['port']) ?? 0,
    // Without a method condition Istio compares as if it were GET.
    method: exactOrPrefix(match['method']) || 'exact:GET',
    authority: exactOrPrefix(match['authority']),
    headers: stringMatches(match['headers']),
    queryParams: stringMatches(match['queryParams']),
    withoutHeaders: stringMatches(match['withoutHeaders']),
  };
}

/** Equal, or `a`'s value starts with `b`'s, as Istio's coveredValidation compares values. */
const covers = (a: string, b: string) => a === b || a.startsWith(b);

function mapsCover(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other === undefined || !covers(value, other)) return false;
  }
  return true;
}

/** Istio's coveredValidation: whether the earlier match `a` takes every request of `b`. */
export function prefixCovers(a: PrefixMatch, b: PrefixMatch): boolean {
  return (
    b.prefix.startsWith(a.prefix) &&
    a.port === b.port &&
    covers(a.method, b.method) &&
    covers(a.authority, b.authority) &&
    mapsCover(a.headers, b.headers) &&
    mapsCover(a.queryParams, b.queryParams) &&
    mapsCover(a.withoutHeaders, b.withoutHeaders)
  );
}
