/** Gateway API GRPCRoute matches: service/method (Exact or RE2) and headers. */
import type { FieldPath } from '../diagnostics.ts';
import { at, list, record, text } from '../graph/read.ts';
import type { NameValueMatch } from './http-match.ts';
import type { RequestView } from './request-view.ts';
import {
  describeMatcher,
  regexMatcher,
  stringMatches,
  type StringMatcher,
} from './string-match.ts';

export interface GrpcMatch {
  /** Index in `matches`, or -1 for a rule without matches (it matches every gRPC request). */
  index: number;
  path: FieldPath;
  service?: StringMatcher;
  method?: StringMatcher;
  headers: NameValueMatch[];
}

/** A gRPC request's `/package.Service/Method` path, split. */
export function grpcPathParts(path: string): { service: string; method: string } | undefined {
  const parts = /^\/([^/]+)\/([^/]+)$/.exec(path);
  return parts ? { service: parts[1]!, method: parts[2]! } : undefined;
}

function matcher(type: string, value: string | undefined): StringMatcher | undefined {
  if (value === undefined) return undefined;
  return type === 'RegularExpression' ? regexMatcher(value) : { kind: 'exact', value };
}

function headersOf(value: unknown): NameValueMatch[] {
  const seen = new Set<string>();
  const out: NameValueMatch[] = [];
  for (const entry of list(value)) {
    const name = text(at(entry, 'name'))?.toLowerCase();
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    const written = at(entry, 'value');
    const v = typeof written === 'string' ? written : String(written ?? '');
    out.push({ name, matcher: matcher(text(at(entry, 'type')) ?? 'Exact', v)! });
  }
  return out;
}

/** The matches of one GRPCRoute rule. */
export function parseGrpcMatches(rule: unknown, rulePath: FieldPath): GrpcMatch[] {
  const matches = list(at(rule, 'matches'));
  if (matches.length === 0) return [{ index: -1, path: rulePath, headers: [] }];
  return matches.map((m, i) => {
    const match = record(m) ?? {};
    const method = at(match, 'method');
    const type = text(at(method, 'type')) ?? 'Exact';
    const parsed: GrpcMatch = {
      index: i,
      path: [...rulePath, 'matches', i],
      headers: headersOf(match.headers),
    };
    const service = matcher(type, text(at(method, 'service')));
    const name = matcher(type, text(at(method, 'method')));
    if (service) parsed.service = service;
    if (name) parsed.method = name;
    return parsed;
  });
}

export function grpcMatchApplies(match: GrpcMatch, request: RequestView): boolean {
  return grpcMismatch(match, request) === undefined;
}

/** Why the match does not apply, or undefined when it does. */
export function grpcMismatch(match: GrpcMatch, request: RequestView): string | undefined {
  const parts = grpcPathParts(request.path);
  if ((match.service || match.method) && !parts)
    return `path ${request.path} is not /service/method`;
  if (match.service && !stringMatches(match.service, parts?.service)) {
    return `service ${parts?.service} is not ${describeMatcher(match.service)}`;
  }
  if (match.method && !stringMatches(match.method, parts?.method)) {
    return `method ${parts?.method} is not ${describeMatcher(match.method)}`;
  }
  for (const header of match.headers) {
    if (!stringMatches(header.matcher, request.headers.get(header.name))) {
      return `header ${header.name} is not ${describeMatcher(header.matcher)}`;
    }
  }
  return undefined;
}

export function describeGrpcMatch(match: GrpcMatch): string {
  const parts: string[] = [];
  if (match.service) parts.push(`service ${describeMatcher(match.service)}`);
  if (match.method) parts.push(`method ${describeMatcher(match.method)}`);
  for (const h of match.headers) parts.push(`header ${h.name} ${describeMatcher(h.matcher)}`);
  return parts.length === 0 ? 'any gRPC request' : parts.join(', ');
}
