/**
 * Gateway API HTTPRoute matches: parsed with the CRD's defaults, evaluated against a request, and
 * ranked by the spec's precedence (HTTPRouteRule `matches`).
 */
import type { FieldPath } from '../diagnostics.ts';
import { at, list, record, text } from '../graph/read.ts';
import type { RequestView } from './request-view.ts';
import {
  compileRegex,
  describeMatcher,
  regexMatcher,
  stringMatches,
  type StringMatcher,
} from './string-match.ts';

export type PathMatchType = 'Exact' | 'PathPrefix' | 'RegularExpression';

export interface HttpPathMatch {
  type: PathMatchType;
  /** As written; for PathPrefix without its trailing `/` (except the root `/`). */
  value: string;
  regex?: RegExp;
}

/** A header or query parameter match. */
export interface NameValueMatch {
  name: string;
  matcher: StringMatcher;
}

/** One HTTPRouteMatch, defaults applied (a rule without matches has one: PathPrefix `/`). */
export interface HttpMatch {
  /** Index in `matches`, or -1 for the implicit match of a rule that has none. */
  index: number;
  /** Where it is written (the rule itself for the implicit match). */
  path: FieldPath;
  pathMatch: HttpPathMatch;
  /** At most one entry per header name (the first): "only the first entry … MUST be considered". */
  headers: NameValueMatch[];
  queryParams: NameValueMatch[];
  method?: string;
  /** Set when the match uses a type this model does not know: it matches nothing. */
  unsupported?: string;
}

function nameValues(
  value: unknown,
  foldCase: boolean,
): { matches: NameValueMatch[]; unsupported?: string } {
  const seen = new Set<string>();
  const matches: NameValueMatch[] = [];
  let unsupported: string | undefined;
  for (const entry of list(value)) {
    const name = text(at(entry, 'name'));
    if (name === undefined) continue;
    const key = foldCase ? name.toLowerCase() : name;
    if (seen.has(key)) continue;
    seen.add(key);
    const type = text(at(entry, 'type')) ?? 'Exact';
    const written = at(entry, 'value');
    const matchValue = typeof written === 'string' ? written : String(written ?? '');
    if (type === 'Exact')
      matches.push({ name: key, matcher: { kind: 'exact', value: matchValue } });
    else if (type === 'RegularExpression')
      matches.push({ name: key, matcher: regexMatcher(matchValue) });
    else unsupported ??= `match type ${type}`;
  }
  return unsupported === undefined ? { matches } : { matches, unsupported };
}

/** Trailing slashes do not count in a PathPrefix: `/foo/` and `/foo` select the same paths. */
export function normalizePrefix(value: string): string {
  const trimmed = value.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function pathMatchOf(value: unknown): HttpPathMatch | string {
  const type = text(at(value, 'type')) ?? 'PathPrefix';
  const written = text(at(value, 'value')) ?? '/';
  switch (type) {
    case 'Exact':
      return { type, value: written };
    case 'PathPrefix':
      return { type, value: normalizePrefix(written) };
    case 'RegularExpression': {
      const regex = compileRegex(written);
      return regex ? { type, value: written, regex } : { type, value: written };
    }
    default:
      return `path type ${type}`;
  }
}

function parseMatch(match: unknown, index: number, path: FieldPath): HttpMatch {
  const pathMatch = pathMatchOf(at(match, 'path'));
  const headers = nameValues(at(match, 'headers'), true);
  const query = nameValues(at(match, 'queryParams'), false);
  const method = text(at(match, 'method'));
  const parsed: HttpMatch = {
    index,
    path,
    pathMatch: typeof pathMatch === 'string' ? { type: 'PathPrefix', value: '/' } : pathMatch,
    headers: headers.matches,
    queryParams: query.matches,
  };
  if (method !== undefined) parsed.method = method;
  const unsupported =
    typeof pathMatch === 'string' ? pathMatch : (headers.unsupported ?? query.unsupported);
  if (unsupported !== undefined) parsed.unsupported = unsupported;
  return parsed;
}

/** The matches of one HTTPRoute rule (`rulePath` is where the rule is written). */
export function parseHttpMatches(rule: unknown, rulePath: FieldPath): HttpMatch[] {
  const written = at(rule, 'matches');
  const matches = list(written);
  // An absent or empty list is the CRD default: one PathPrefix `/` match.
  if (matches.length === 0) {
    return [
      {
        index: -1,
        path: rulePath,
        pathMatch: { type: 'PathPrefix', value: '/' },
        headers: [],
        queryParams: [],
      },
    ];
  }
  return matches.map((m, i) => parseMatch(record(m) ?? {}, i, [...rulePath, 'matches', i]));
}

/** PathPrefix matches whole path elements: `/v2` matches `/v2` and `/v2/x`, not `/v2example`. */
export function prefixMatches(prefix: string, path: string): boolean {
  if (prefix === '/') return path.startsWith('/');
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function pathMatches(match: HttpPathMatch, path: string): boolean {
  switch (match.type) {
    case 'Exact':
      return path === match.value;
    case 'PathPrefix':
      return prefixMatches(match.value, path);
    case 'RegularExpression':
      return match.regex?.test(path) ?? false;
  }
}

/** Whether the request satisfies every condition of the match. */
export function httpMatchApplies(match: HttpMatch, request: RequestView): boolean {
  if (match.unsupported !== undefined) return false;
  if (!pathMatches(match.pathMatch, request.path)) return false;
  if (match.method !== undefined && match.method !== request.method) return false;
  for (const header of match.headers) {
    if (!stringMatches(header.matcher, request.headers.get(header.name))) return false;
  }
  for (const param of match.queryParams) {
    if (!stringMatches(param.matcher, request.query.get(param.name))) return false;
  }
  return true;
}

/** Why a match did not apply, in words (the first condition that failed). */
export function httpMismatch(match: HttpMatch, request: RequestView): string | undefined {
  if (match.unsupported !== undefined)
    return `it uses ${match.unsupported}, which no implementation must support`;
  if (!pathMatches(match.pathMatch, request.path))
    return `path ${request.path} is not ${describePath(match.pathMatch)}`;
  if (match.method !== undefined && match.method !== request.method)
    return `method is ${request.method}, not ${match.method}`;
  for (const header of match.headers) {
    const value = request.headers.get(header.name);
    if (!stringMatches(header.matcher, value)) {
      return value === undefined
        ? `header ${header.name} is missing`
        : `header ${header.name}: ${JSON.stringify(value)} is not ${describeMatcher(header.matcher)}`;
    }
  }
  for (const param of match.queryParams) {
    const value = request.query.get(param.name);
    if (!stringMatches(param.matcher, value)) {
      return value === undefined
        ? `query parameter ${param.name} is missing`
        : `query ${param.name}=${JSON.stringify(value)} is not ${describeMatcher(param.matcher)}`;
    }
  }
  return undefined;
}

export function describePath(path: HttpPathMatch): string {
  switch (path.type) {
    case 'Exact':
      return `Exact ${path.value}`;
    case 'PathPrefix':
      return `PathPrefix ${path.value}`;
    case 'RegularExpression':
      return `RegularExpression ${path.value}${path.regex ? '' : ' (not valid RE2)'}`;
  }
}

/** `PathPrefix /api, GET, 1 header`, for explanations. */
export function describeHttpMatch(match: HttpMatch): string {
  const parts = [describePath(match.pathMatch)];
  if (match.method) parts.push(match.method);
  for (const h of match.headers) parts.push(`header ${h.name} ${describeMatcher(h.matcher)}`);
  for (const q of match.queryParams) parts.push(`query ${q.name} ${describeMatcher(q.matcher)}`);
  return parts.join(', ');
}
