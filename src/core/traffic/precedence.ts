/**
 * Gateway API route precedence across all routes on a listener (HTTPRouteRule and GRPCRouteRule
 * `matches`): hostname specificity, then the match's own criteria, then the oldest route, then
 * `{namespace}/{name}`, then rule order.
 *
 * RegularExpression path precedence is implementation-specific in the spec. Route Studio ranks
 * path matches Exact, then RegularExpression, then PathPrefix, and matches of one type by the
 * length of their value, longest first: the order Contour and Envoy Gateway give their routes.
 */
import { at, text } from '../graph/read.ts';
import type { Resource } from '../model/resource.ts';
import type { GrpcMatch } from './grpc-match.ts';
import type { HttpMatch } from './http-match.ts';

/** One precedence criterion, as the explanation names it. */
export type PrecedenceStep =
  | 'hostname'
  | 'path'
  | 'regex-order'
  | 'method'
  | 'headers'
  | 'query'
  | 'grpc-service'
  | 'grpc-method'
  | 'creation-timestamp'
  | 'name'
  | 'rule-order'
  | 'match-order';

/** The hostname a route matched the request with, ranked as the spec ranks it. */
export interface HostnameRank {
  /** The route's (or listener's) hostname that matched; undefined when it serves any host. */
  hostname: string | undefined;
  /** "Characters in a matching non-wildcard hostname". */
  exactChars: number;
  /** "Characters in a matching hostname". */
  chars: number;
}

export function hostnameRank(hostname: string | undefined): HostnameRank {
  if (hostname === undefined || hostname === '*')
    return { hostname: undefined, exactChars: 0, chars: 0 };
  const wildcard = hostname.startsWith('*');
  return { hostname, exactChars: wildcard ? 0 : hostname.length, chars: hostname.length };
}

/**
 * `metadata.creationTimestamp` in milliseconds. A route without one (a design not yet applied)
 * counts as created now, after every route that has one; two without one tie.
 */
export function creationTime(route: Resource): number {
  const written = text(at(route.value, 'metadata', 'creationTimestamp'));
  const time = written === undefined ? NaN : Date.parse(written);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/** A candidate (route, rule, match) with everything precedence compares. */
export interface RankedMatch {
  route: Resource;
  rule: number;
  host: HostnameRank;
  created: number;
}

export interface HttpRanked extends RankedMatch {
  match: HttpMatch;
}

export interface GrpcRanked extends RankedMatch {
  match: GrpcMatch;
}

/** The comparison of two candidates: which goes first and the criterion that decided. */
export interface Decision {
  /** Negative when `a` has precedence. */
  order: number;
  step: PrecedenceStep;
}

const PATH_RANK = { Exact: 3, RegularExpression: 2, PathPrefix: 1 } as const;

type Criterion<T> = [PrecedenceStep, (a: T, b: T) => number];

const hostCriteria: Criterion<RankedMatch>[] = [
  ['hostname', (a, b) => b.host.exactChars - a.host.exactChars],
  ['hostname', (a, b) => b.host.chars - a.host.chars],
];

const tieCriteria: Criterion<RankedMatch>[] = [
  ['creation-timestamp', (a, b) => (a.created === b.created ? 0 : a.created < b.created ? -1 : 1)],
  ['name', (a, b) => compareNames(a.route, b.route)],
  ['rule-order', (a, b) => a.rule - b.rule],
];

function compareNames(a: Resource, b: Resource): number {
  const left = `${a.namespace ?? ''}/${a.name}`;
  const right = `${b.namespace ?? ''}/${b.name}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

const httpCriteria: Criterion<HttpRanked>[] = [
  ...hostCriteria,
  [
    'path',
    (a, b) => {
      const ra = PATH_RANK[a.match.pathMatch.type];
      const rb = PATH_RANK[b.match.pathMatch.type];
      if (ra !== rb && (ra === 2 || rb === 2)) return 0; // decided by the regex step below
      return rb - ra;
    },
  ],
  ['regex-order', (a, b) => PATH_RANK[b.match.pathMatch.type] - PATH_RANK[a.match.pathMatch.type]],
  [
    'path',
    (a, b) => {
      const regex = a.match.pathMatch.type === 'RegularExpression';
      return regex ? 0 : b.match.pathMatch.value.length - a.match.pathMatch.value.length;
    },
  ],
  [
    'regex-order',
    (a, b) =>
      a.match.pathMatch.type === 'RegularExpression'
        ? b.match.pathMatch.value.length - a.match.pathMatch.value.length
        : 0,
  ],
  ['method', (a, b) => Number(b.match.method !== undefined) - Number(a.match.method !== undefined)],
  ['headers', (a, b) => b.match.headers.length - a.match.headers.length],
  ['query', (a, b) => b.match.queryParams.length - a.match.queryParams.length],
  ...tieCriteria,
  ['match-order', (a, b) => a.match.index - b.match.index],
];

const matcherLength = (m: GrpcMatch['service']) =>
  m ? (m.kind === 'present' ? 0 : m.value.length) : 0;

const grpcCriteria: Criterion<GrpcRanked>[] = [
  ...hostCriteria,
  ['grpc-service', (a, b) => matcherLength(b.match.service) - matcherLength(a.match.service)],
  ['grpc-method', (a, b) => matcherLength(b.match.method) - matcherLength(a.match.method)],
  ['headers', (a, b) => b.match.headers.length - a.match.headers.length],
  ...tieCriteria,
  ['match-order', (a, b) => a.match.index - b.match.index],
];

function decide<T>(criteria: readonly Criterion<T>[], a: T, b: T): Decision {
  for (const [step, compare] of criteria) {
    const order = compare(a, b);
    if (order !== 0) return { order, step };
  }
  return { order: 0, step: 'match-order' };
}

/** Compares two HTTPRoute candidates by the spec's precedence. */
export function decideHttp(a: HttpRanked, b: HttpRanked): Decision {
  return decide(httpCriteria, a, b);
}

export function decideGrpc(a: GrpcRanked, b: GrpcRanked): Decision {
  return decide(grpcCriteria, a, b);
}

/** Same, for sorting. */
export function compareHttp(a: HttpRanked, b: HttpRanked): number {
  return decideHttp(a, b).order;
}

export function compareGrpc(a: GrpcRanked, b: GrpcRanked): number {
  return decideGrpc(a, b).order;
}
