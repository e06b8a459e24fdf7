import { compareText } from '../support/order.ts';
import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { GatewayApiAnalysis } from '../gateway-api/index.ts';
import { hostsServedOn, type Listener } from '../gateway-api/listeners.ts';
import type { AnalysisContext } from '../support/context.ts';
import { field, plainEqual } from '../support/values.ts';
import { perResource } from '../support/memo.ts';
import type { Finding } from '../types.ts';
import { grpcMatchesOf } from './grpc-matches.ts';
import { httpMatchesOf } from './http-matches.ts';
import { matchName, matchPath, type RouteMatch } from './route-matches.ts';

/** A route kind whose rules can shadow each other: how to read its matches and rank them. */
interface ShadowingKind {
  kind: 'HTTPRoute' | 'GRPCRoute';
  matchesOf: (route: Resource) => RouteMatch[];
  /** Why equal matches tie, for messages. */
  precedence: string;
  /** Shadowing within one route, cached per route object (it reads the route alone). */
  withinRoute: (route: Resource) => Finding[];
}

const shadowingKind = (spec: Omit<ShadowingKind, 'withinRoute'>): ShadowingKind => ({
  ...spec,
  withinRoute: perResource((route) => withinRoute(spec, route)),
});

const SHADOWING_KINDS: ShadowingKind[] = [
  shadowingKind({
    kind: 'HTTPRoute',
    matchesOf: httpMatchesOf,
    precedence:
      'Gateway API precedence (exact path, then longest prefix, method, most headers, most query params) ties',
  }),
  shadowingKind({
    kind: 'GRPCRoute',
    matchesOf: grpcMatchesOf,
    precedence:
      'GRPCRoute precedence (longest hostname, then longest service, longest method, most headers) ties',
  }),
];

function ruleOf(m: RouteMatch): unknown {
  return (field(m.route.value, 'spec', 'rules') as unknown[])[m.rule];
}

/** Matches shadowed by an earlier rule of the same route (ties go to the first rule). */
function withinRoute(spec: Omit<ShadowingKind, 'withinRoute'>, route: Resource): Finding[] {
  const findings: Finding[] = [];
  const seen: RouteMatch[] = [];
  for (const m of spec.matchesOf(route)) {
    const winner = seen.find((s) => s.key === m.key && s.rule !== m.rule);
    if (winner) {
      findings.push({
        code: 'rule-shadowed',
        severity: 'warning',
        message: `${matchName(m)} (${m.label}) is never used: ${matchName(winner)} of the same route has the same match; ${spec.precedence}, and then the first rule in list order wins.`,
        resource: route,
        path: matchPath(m),
      });
    }
    seen.push(m);
  }
  return findings;
}

function routesByListener(
  routes: readonly Resource[],
  gatewayApi: GatewayApiAnalysis,
): Map<Listener, Resource[]> {
  const out = new Map<Listener, Resource[]>();
  for (const route of routes) {
    for (const listener of gatewayApi.attachments.get(route.key) ?? []) {
      const onListener = out.get(listener);
      if (onListener) onListener.push(route);
      else out.set(listener, [route]);
    }
  }
  return out;
}

/** The first host `b` serves (on the listener) that `a` serves too; `null` when none. */
function sharedHost(hostsA: readonly Host[], hostsB: readonly Host[]): string | null {
  // Hostname specificity ranks before matches, so only a host both serve equally can tie.
  const index = hostsB.findIndex((h) => hostsA.includes(h));
  if (index === -1) return null;
  return hostsB[index] ?? '(any host)';
}

type Host = string | undefined;

/**
 * Across routes on one listener: a match equal to one of a route that sorts first shadows it for
 * a host both serve. A whole rule equal to the other route's is reported as a duplicate instead.
 */
function acrossRoutes(
  spec: ShadowingKind,
  listener: Listener,
  routes: Resource[],
  reported: Set<string>,
): Finding[] {
  const sorted = [...routes].sort((a, b) =>
    compareText(`${a.namespace}/${a.name}`, `${b.namespace}/${b.name}`),
  );
  const hosts = sorted.map((route) => hostsServedOn(listener, route));
  // Only routes that share a host can shadow each other: index the earlier routes by host, so a
  // listener with a thousand routes on distinct hosts costs a thousand lookups, not a million pairs.
  const byHost = new Map<Host, number[]>();
  const findings: Finding[] = [];
  sorted.forEach((loser, i) => {
    const candidates = new Set<number>();
    for (const h of hosts[i]!) for (const j of byHost.get(h) ?? []) candidates.add(j);
    for (const h of new Set(hosts[i])) {
      const earlier = byHost.get(h);
      if (earlier) earlier.push(i);
      else byHost.set(h, [i]);
    }
    for (const j of [...candidates].sort((x, y) => x - y)) {
      const winnerRoute = sorted[j]!;
      const host = sharedHost(hosts[j]!, hosts[i]!);
      if (host === null) continue;
      const winners = spec.matchesOf(winnerRoute);
      for (const m of spec.matchesOf(loser)) {
        const winner = winners.find((w) => w.key === m.key);
        const id = `${loser.key}#${m.rule}#${m.match}`;
        if (!winner || reported.has(id)) continue;
        const duplicate = plainEqual(ruleOf(winner), ruleOf(m));
        const ruleId = `${loser.key}#${m.rule}`;
        if (duplicate && reported.has(ruleId)) continue;
        reported.add(duplicate ? ruleId : id);
        const other = `${spec.kind} ${winnerRoute.namespace}/${winnerRoute.name}`;
        findings.push(
          duplicate
            ? {
                code: 'duplicate-rule',
                severity: 'warning',
                message: `rules[${m.rule}] repeats ${other} rules[${winner.rule}] for host ${host} on listener ${listener.name}; only one of them is used. Remove one.`,
                resource: loser,
                path: ['spec', 'rules', m.rule],
              }
            : {
                code: 'rule-shadowed',
                severity: 'warning',
                message: `${matchName(m)} (${m.label}) is shadowed for host ${host} on listener ${listener.name} by ${other} ${matchName(winner)}: ${spec.precedence}, so the older route wins, and ${winnerRoute.namespace}/${winnerRoute.name} sorts first alphabetically (the tie-break when both are created together).`,
                resource: loser,
                path: matchPath(m),
              },
        );
      }
    }
  });
  return findings;
}

/** Rules and matches of HTTPRoutes and GRPCRoutes that Gateway API precedence never lets win. */
export function checkShadowedRules(
  ctx: AnalysisContext,
  gatewayApi: GatewayApiAnalysis,
): Finding[] {
  const findings: Finding[] = [];
  for (const spec of SHADOWING_KINDS) {
    const routes = ctx.ofKind(GATEWAY_GROUP, spec.kind);
    findings.push(...routes.flatMap(spec.withinRoute));
    const reported = new Set<string>();
    for (const [listener, onListener] of routesByListener(routes, gatewayApi)) {
      findings.push(...acrossRoutes(spec, listener, onListener, reported));
    }
  }
  return findings;
}
