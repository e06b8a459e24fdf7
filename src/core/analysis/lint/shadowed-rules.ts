import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { GatewayApiAnalysis } from '../gateway-api/index.ts';
import { routeHostnames, type Listener } from '../gateway-api/listeners.ts';
import type { AnalysisContext } from '../support/context.ts';
import { effectiveHostnames } from '../support/hostnames.ts';
import { field, plainEqual } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { httpMatchesOf, matchName, matchPath, type HttpMatch } from './http-matches.ts';

const PRECEDENCE =
  'Gateway API precedence (exact path, then longest prefix, method, most headers, most query params) ties';

function ruleOf(m: HttpMatch): unknown {
  return (field(m.route.value, 'spec', 'rules') as unknown[])[m.rule];
}

/** Matches shadowed by an earlier rule of the same route (ties go to the first rule). */
function withinRoute(route: Resource): Finding[] {
  const findings: Finding[] = [];
  const seen: HttpMatch[] = [];
  for (const m of httpMatchesOf(route)) {
    const winner = seen.find((s) => s.key === m.key && s.rule !== m.rule);
    if (winner) {
      findings.push({
        code: 'rule-shadowed',
        severity: 'warning',
        message: `${matchName(m)} (${m.label}) is never used: ${matchName(winner)} of the same route has the same match; ${PRECEDENCE}, and then the first rule in list order wins.`,
        resource: route,
        path: matchPath(m),
      });
    }
    seen.push(m);
  }
  return findings;
}

function routesByListener(
  ctx: AnalysisContext,
  gatewayApi: GatewayApiAnalysis,
): Map<Listener, Resource[]> {
  const out = new Map<Listener, Resource[]>();
  for (const route of ctx.ofKind(GATEWAY_GROUP, 'HTTPRoute')) {
    for (const listener of gatewayApi.attachments.get(route.key) ?? []) {
      out.set(listener, [...(out.get(listener) ?? []), route]);
    }
  }
  return out;
}

function sharedHost(listener: Listener, a: Resource, b: Resource): string | null {
  const hostsA = effectiveHostnames(listener.hostname, routeHostnames(a));
  const hostsB = effectiveHostnames(listener.hostname, routeHostnames(b));
  // Hostname specificity ranks before matches, so only a host both serve equally can tie.
  const index = hostsB.findIndex((h) => hostsA.includes(h));
  if (index === -1) return null;
  return hostsB[index] ?? '(any host)';
}

/**
 * Across routes on one listener: a match equal to one of a route that sorts first shadows it for
 * a host both serve. A whole rule equal to the other route's is reported as a duplicate instead.
 */
function acrossRoutes(listener: Listener, routes: Resource[], reported: Set<string>): Finding[] {
  const sorted = [...routes].sort((a, b) =>
    `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`),
  );
  const findings: Finding[] = [];
  sorted.forEach((loser, i) => {
    for (const winnerRoute of sorted.slice(0, i)) {
      const host = sharedHost(listener, winnerRoute, loser);
      if (host === null) continue;
      const winners = httpMatchesOf(winnerRoute);
      for (const m of httpMatchesOf(loser)) {
        const winner = winners.find((w) => w.key === m.key);
        const id = `${loser.key}#${m.rule}#${m.match}`;
        if (!winner || reported.has(id)) continue;
        const duplicate = plainEqual(ruleOf(winner), ruleOf(m));
        const ruleId = `${loser.key}#${m.rule}`;
        if (duplicate && reported.has(ruleId)) continue;
        reported.add(duplicate ? ruleId : id);
        const other = `HTTPRoute ${winnerRoute.namespace}/${winnerRoute.name}`;
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
                message: `${matchName(m)} (${m.label}) is shadowed for host ${host} on listener ${listener.name} by ${other} ${matchName(winner)}: ${PRECEDENCE}, so the older route wins, and ${winnerRoute.namespace}/${winnerRoute.name} sorts first alphabetically (the tie-break when both are created together).`,
                resource: loser,
                path: matchPath(m),
              },
        );
      }
    }
  });
  return findings;
}

/** Rules and matches of HTTPRoutes that Gateway API precedence never lets win. */
export function checkShadowedRules(
  ctx: AnalysisContext,
  gatewayApi: GatewayApiAnalysis,
): Finding[] {
  const findings = ctx.ofKind(GATEWAY_GROUP, 'HTTPRoute').flatMap(withinRoute);
  const reported = new Set<string>();
  for (const [listener, routes] of routesByListener(ctx, gatewayApi)) {
    findings.push(...acrossRoutes(listener, routes, reported));
  }
  return findings;
}
