/**
 * Istio VirtualService match conditions (HTTPMatchRequest, TLSMatchAttributes,
 * L4MatchAttributes), evaluated as istiod translates them for Envoy
 * (`pilot/pkg/networking/core/route/route.go`, `TranslateRouteMatch`).
 */
import type { FieldPath } from '../diagnostics.ts';
import { at, list, num, record, text } from '../graph/read.ts';
import type { NameValueMatch } from './http-match.ts';
import type { RequestView } from './request-view.ts';
import {
  describeMatcher,
  regexMatcher,
  stringMatches,
  type StringMatcher,
} from './string-match.ts';

/** Where a request comes from, for `gateways`, `port`, `sourceLabels` and `sourceNamespace`. */
export interface IstioMatchContext {
  /** `mesh`, or the Istio Gateway's `namespace/name`. */
  gateway: string;
  /** The port the request arrived on (the server's or the Service's). */
  port: number;
  sourceNamespace?: string;
  sourceLabels: Readonly<Record<string, string>>;
  /** `match.gateways` entries resolved to `mesh` or `namespace/name`. */
  resolveGateway(entry: string): string;
}

interface SourceConditions {
  port?: number;
  sourceLabels?: Record<string, string>;
  gateways: string[];
  sourceNamespace?: string;
}

export interface IstioHttpMatch extends SourceConditions {
  index: number;
  path: FieldPath;
  name?: string;
  uri?: StringMatcher;
  scheme?: StringMatcher;
  method?: StringMatcher;
  authority?: StringMatcher;
  headers: NameValueMatch[];
  withoutHeaders: NameValueMatch[];
  queryParams: NameValueMatch[];
  ignoreUriCase: boolean;
}

export interface IstioL4Match extends SourceConditions {
  index: number;
  path: FieldPath;
  /** TLS routes: SNI values; `*.com` matches any name ending in `.com`. */
  sniHosts?: string[];
  destinationSubnets: string[];
}

/**
 * An Istio StringMatch: `exact`, `prefix` (a plain string prefix, not by path segment) or `regex`
 * (RE2, whole value). An empty match, or the regex `*`, only requires presence.
 */
export function istioStringMatch(value: unknown): StringMatcher {
  const fields = record(value);
  const exact = fields?.exact;
  const prefix = fields?.prefix;
  const regex = fields?.regex;
  if (typeof exact === 'string') return { kind: 'exact', value: exact };
  if (typeof prefix === 'string') return { kind: 'prefix', value: prefix };
  if (typeof regex === 'string' && regex !== '*') return regexMatcher(regex);
  return { kind: 'present' };
}

function matchMap(value: unknown): NameValueMatch[] {
  const fields = record(value);
  if (!fields) return [];
  return Object.entries(fields).map(([name, m]) => ({
    name: name.toLowerCase(),
    matcher: istioStringMatch(m),
  }));
}

function queryMap(value: unknown): NameValueMatch[] {
  const fields = record(value);
  if (!fields) return [];
  return Object.entries(fields).map(([name, m]) => ({ name, matcher: istioStringMatch(m) }));
}

function labels(value: unknown): Record<string, string> | undefined {
  const fields = record(value);
  if (!fields) return undefined;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)]));
}

function sourceConditions(match: unknown): SourceConditions {
  const out: SourceConditions = {
    gateways: list(at(match, 'gateways')).filter((g): g is string => typeof g === 'string'),
  };
  const port = num(at(match, 'port'));
  const sourceLabels = labels(at(match, 'sourceLabels'));
  const sourceNamespace = text(at(match, 'sourceNamespace'));
  if (port !== undefined) out.port = port;
  if (sourceLabels) out.sourceLabels = sourceLabels;
  if (sourceNamespace !== undefined) out.sourceNamespace = sourceNamespace;
  return out;
}

/** The `match` list of an http route (empty: the route matches every request). */
export function parseIstioHttpMatches(route: unknown, routePath: FieldPath): IstioHttpMatch[] {
  return list(at(route, 'match')).map((m, i) => {
    const match = record(m) ?? {};
    const parsed: IstioHttpMatch = {
      index: i,
      path: [...routePath, 'match', i],
      ...sourceConditions(match),
      headers: matchMap(match.headers),
      withoutHeaders: matchMap(match.withoutHeaders),
      queryParams: queryMap(match.queryParams),
      ignoreUriCase: match.ignoreUriCase === true,
    };
    const name = text(match.name);
    if (name !== undefined) parsed.name = name;
    for (const key of ['uri', 'scheme', 'method', 'authority'] as const) {
      if (match[key] !== undefined) parsed[key] = istioStringMatch(match[key]);
    }
    return parsed;
  });
}

/** The `match` list of a tcp or tls route. */
export function parseIstioL4Matches(
  route: unknown,
  routePath: FieldPath,
  tls: boolean,
): IstioL4Match[] {
  return list(at(route, 'match')).map((m, i) => {
    const parsed: IstioL4Match = {
      index: i,
      path: [...routePath, 'match', i],
      ...sourceConditions(m),
      destinationSubnets: list(at(m, 'destinationSubnets')).filter(
        (s): s is string => typeof s === 'string',
      ),
    };
    if (tls)
      parsed.sniHosts = list(at(m, 'sniHosts')).filter((s): s is string => typeof s === 'string');
    return parsed;
  });
}

/** Why the source conditions exclude the request (istiod's `sourceMatchHTTP` and port check). */
function sourceMismatch(match: SourceConditions, ctx: IstioMatchContext): string | undefined {
  if (match.port !== undefined && match.port !== ctx.port)
    return `port is ${ctx.port}, not ${match.port}`;
  if (match.gateways.length > 0) {
    return match.gateways.some((g) => ctx.resolveGateway(g) === ctx.gateway)
      ? undefined
      : `it only applies to gateways ${match.gateways.join(', ')}`;
  }
  for (const [key, value] of Object.entries(match.sourceLabels ?? {})) {
    if (ctx.sourceLabels[key] !== value) return `the source has no label ${key}=${value}`;
  }
  if (match.sourceNamespace !== undefined && match.sourceNamespace !== ctx.sourceNamespace) {
    return `the source namespace is not ${match.sourceNamespace}`;
  }
  return undefined;
}

function headerMismatch(
  header: NameValueMatch,
  value: string | undefined,
  inverted: boolean,
): string | undefined {
  if (!inverted) {
    if (stringMatches(header.matcher, value)) return undefined;
    return value === undefined
      ? `header ${header.name} is missing`
      : `header ${header.name} is not ${describeMatcher(header.matcher)}`;
  }
  // withoutHeaders: an inverted match that treats a missing header as empty, except presence.
  const present = header.matcher.kind === 'present';
  const matched = present ? value !== undefined : stringMatches(header.matcher, value ?? '');
  return matched
    ? `header ${header.name} is ${describeMatcher(header.matcher)} (withoutHeaders)`
    : undefined;
}

/** Why an http match does not apply, or undefined when it does. */
export function istioHttpMismatch(
  match: IstioHttpMatch,
  request: RequestView,
  ctx: IstioMatchContext,
): string | undefined {
  const source = sourceMismatch(match, ctx);
  if (source) return source;
  if (
    match.uri &&
    !stringMatches(match.uri, request.path, match.ignoreUriCase && match.uri.kind !== 'regex')
  ) {
    return `uri ${request.path} is not ${describeMatcher(match.uri)}`;
  }
  if (match.scheme && !stringMatches(match.scheme, request.scheme))
    return `scheme is not ${describeMatcher(match.scheme)}`;
  if (match.method && !stringMatches(match.method, request.method))
    return `method ${request.method} is not ${describeMatcher(match.method)}`;
  if (match.authority && !stringMatches(match.authority, request.authority)) {
    return `authority ${request.authority} is not ${describeMatcher(match.authority)}`;
  }
  for (const header of match.headers) {
    const why = headerMismatch(header, request.headers.get(header.name), false);
    if (why) return why;
  }
  for (const header of match.withoutHeaders) {
    const why = headerMismatch(header, request.headers.get(header.name), true);
    if (why) return why;
  }
  for (const param of match.queryParams) {
    if (!stringMatches(param.matcher, request.query.get(param.name))) {
      return `query parameter ${param.name} is not ${describeMatcher(param.matcher)}`;
    }
  }
  return undefined;
}

/** Istio SNI matching: `*.com` matches every name ending in `.com`, `*` matches any name. */
export function sniMatches(pattern: string, sni: string): boolean {
  const p = pattern.toLowerCase();
  const name = sni.toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*.')) return name.endsWith(p.slice(1));
  return p === name;
}

/** Why a tcp or tls match does not apply (`sni` for tls routes), or undefined when it does. */
export function istioL4Mismatch(
  match: IstioL4Match,
  ctx: IstioMatchContext,
  sni?: string,
): string | undefined {
  const source = sourceMismatch(match, ctx);
  if (source) return source;
  if (match.sniHosts && match.sniHosts.length > 0) {
    if (sni === undefined || !match.sniHosts.some((h) => sniMatches(h, sni))) {
      return `SNI ${sni ?? '(none)'} is not one of ${match.sniHosts.join(', ')}`;
    }
  }
  if (match.destinationSubnets.length > 0)
    return `it requires destination subnets ${match.destinationSubnets.join(', ')}, which a request by host cannot satisfy`;
  return undefined;
}

export function describeIstioHttpMatch(match: IstioHttpMatch): string {
  const parts: string[] = [];
  if (match.name) parts.push(`"${match.name}"`);
  if (match.uri) parts.push(`uri ${describeMatcher(match.uri)}`);
  if (match.method) parts.push(`method ${describeMatcher(match.method)}`);
  if (match.authority) parts.push(`authority ${describeMatcher(match.authority)}`);
  for (const h of match.headers) parts.push(`header ${h.name} ${describeMatcher(h.matcher)}`);
  for (const h of match.withoutHeaders)
    parts.push(`without header ${h.name} ${describeMatcher(h.matcher)}`);
  for (const q of match.queryParams) parts.push(`query ${q.name} ${describeMatcher(q.matcher)}`);
  if (match.port !== undefined) parts.push(`port ${match.port}`);
  return parts.length === 0 ? 'any request' : parts.join(', ');
}
