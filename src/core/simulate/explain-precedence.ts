/** Explanations of Gateway API precedence: why the winning match beat the runner-up. */
import { formatPath } from '../diagnostics.ts';
import { describeGrpcMatch, type GrpcMatch } from '../traffic/grpc-match.ts';
import { describeHttpMatch, describePath, type HttpMatch } from '../traffic/http-match.ts';
import { decideGrpc, decideHttp, type Decision } from '../traffic/precedence.ts';
import type { SimRoute } from './answer.ts';
import type { GrpcEntry, HttpEntry, TableEntry } from './route-table.ts';

function isHttp(entry: TableEntry): entry is HttpEntry {
  return 'pathMatch' in entry.match;
}

/** `HTTPRoute shop/web rules[1].matches[0]`. */
export function entryName(entry: TableEntry): string {
  const { route, rule, match } = entry;
  const where = match.index === -1 ? `rules[${rule}]` : `rules[${rule}].matches[${match.index}]`;
  return `${route.kind} ${route.namespace}/${route.name} ${where}`;
}

export function describeEntryMatch(entry: TableEntry): string {
  return isHttp(entry)
    ? describeHttpMatch(entry.match)
    : describeGrpcMatch(entry.match as GrpcMatch);
}

/** The answer's `route` for a table entry. */
export function routeOfEntry(entry: TableEntry): SimRoute {
  return {
    kind: entry.route.kind,
    namespace: entry.route.namespace ?? '',
    name: entry.route.name,
    rule: entry.rule,
    match: entry.match.index,
    node: entry.model.id,
    path: formatPath(entry.match.path),
  };
}

export function decideEntries(a: TableEntry, b: TableEntry): Decision {
  return isHttp(a) && isHttp(b) ? decideHttp(a, b) : decideGrpc(a as GrpcEntry, b as GrpcEntry);
}

function timestamp(entry: TableEntry): string {
  return Number.isFinite(entry.created)
    ? new Date(entry.created).toISOString()
    : 'none (not yet created)';
}

const REGEX_ORDER =
  "Route Studio's RegularExpression order decided (the spec leaves regex precedence to implementations; it ranks Exact, then RegularExpression by pattern length, then PathPrefix, as Contour and Envoy Gateway do)";

/** Why `winner` has precedence over `other`, in one sentence. */
export function explainDecision(winner: TableEntry, other: TableEntry, decision: Decision): string {
  const w = winner.match as HttpMatch;
  const o = other.match as HttpMatch;
  switch (decision.step) {
    case 'hostname':
      return `its hostname ${winner.host.hostname ?? '(any)'} is more specific than ${other.host.hostname ?? 'any host'}`;
    case 'path':
      return w.pathMatch.type !== o.pathMatch.type
        ? `an ${describePath(w.pathMatch)} match ranks above ${describePath(o.pathMatch)}`
        : `the longer prefix ${w.pathMatch.value} (${w.pathMatch.value.length} characters) ranks above ${o.pathMatch.value} (${o.pathMatch.value.length})`;
    case 'regex-order':
      return `${describePath(w.pathMatch)} ranks above ${describePath(o.pathMatch)}: ${REGEX_ORDER}`;
    case 'method':
      return `it matches on the method (${w.method}) and the other does not`;
    case 'headers':
      return `it has more header matches (${winner.match.headers.length} against ${other.match.headers.length})`;
    case 'query':
      return `it has more query parameter matches (${w.queryParams.length} against ${o.queryParams.length})`;
    case 'grpc-service':
      return 'it matches a longer service name';
    case 'grpc-method':
      return 'it matches a longer method name';
    case 'creation-timestamp':
      return `its route is older (created ${timestamp(winner)}, the other ${timestamp(other)})`;
    case 'name': {
      const why = Number.isFinite(winner.created)
        ? 'the same creationTimestamp'
        : 'no creationTimestamp (both count as created now)';
      return `they tie on every match criterion and on ${why}, so the order was decided by name: ${winner.route.namespace}/${winner.route.name} sorts before ${other.route.namespace}/${other.route.name}`;
    }
    case 'rule-order':
      return `both are in the same route and rules[${winner.rule}] comes before rules[${other.rule}]`;
    case 'match-order':
      return 'it comes first in list order';
  }
}
