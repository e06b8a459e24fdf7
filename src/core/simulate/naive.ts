/**
 * The baseline the bench measures the simulator against, and the oracle its tests compare with:
 * for each request it evaluates every match of every rule of every route attached to the
 * listener, sorts the ones that apply by precedence, and takes the first. No tables, no
 * per-host grouping, nothing kept between requests. Gateway API HTTPRoutes on a Gateway only.
 */
import { routeHostnames } from '../analysis/gateway-api/listeners.ts';
import { effectiveHostnames, hostnameCovers } from '../analysis/support/hostnames.ts';
import type { Design } from '../design/design.ts';
import { isGatewayRoute } from '../model/kinds.ts';
import { gatewayRouteRules } from '../traffic/gateway-rules.ts';
import { httpMatchApplies } from '../traffic/http-match.ts';
import { compareHttp, creationTime, hostnameRank, type HttpRanked } from '../traffic/precedence.ts';
import { AnswerBuilder } from './answer.ts';
import { designIndex } from './design-index.ts';
import type { SimEntry } from './entry.ts';
import { chooseListener } from './gateway-listener.ts';
import { applyGatewayRule, type RuleOutcome } from './gateway-rule.ts';
import type { SimRequest } from './request.ts';

export interface NaiveAnswer extends Partial<RuleOutcome> {
  /** Graph node id of the winning rule and the index of its match, when one matched. */
  rule?: string;
  match?: number;
}

/** Routes `request` the slow, obvious way (see the module comment). */
export function naiveSimulate(
  design: Design,
  entry: Extract<SimEntry, { type: 'gateway' }>,
  request: SimRequest,
): NaiveAnswer {
  const env = designIndex(design).env;
  const gateway = design.byKey.get(
    `gateway.networking.k8s.io/Gateway/${entry.namespace}/${entry.name}`,
  );
  if (!gateway) return { outcome: 'error' };
  const b = new AnswerBuilder();
  const chosen = chooseListener(env, gateway, entry.listener, request, b);
  if ('refused' in chosen) return { outcome: 'error' };
  const { listener } = chosen;
  const candidates: (HttpRanked & { model: ReturnType<typeof gatewayRouteRules>[number] })[] = [];
  for (const route of design.byKey.values()) {
    if (!isGatewayRoute(route.kind, route.group) || route.kind !== 'HTTPRoute') continue;
    if (!env.routeFacts(route).listeners.includes(listener)) continue;
    const hostnames = effectiveHostnames(listener.hostname, routeHostnames(route)).filter((h) =>
      hostnameCovers(h, request.host),
    );
    if (hostnames.length === 0) continue;
    // The route's most specific hostname that matches is the one precedence compares.
    const host = hostnames
      .map(hostnameRank)
      .sort((a, b) => b.exactChars - a.exactChars || b.chars - a.chars)[0]!;
    const created = creationTime(route);
    for (const model of gatewayRouteRules(route)) {
      for (const match of model.http ?? []) {
        if (httpMatchApplies(match, request))
          candidates.push({ route, rule: model.index, host, created, match, model });
      }
    }
  }
  candidates.sort(compareHttp);
  const winner = candidates[0];
  if (!winner) return { outcome: 'no-route', statusCode: 404 };
  const facts = env.routeFacts(winner.route);
  const outcome = applyGatewayRule(
    {
      model: winner.model,
      match: winner.match,
      request,
      port: listener.port ?? request.port,
      facts,
      grpc: false,
    },
    b,
  );
  return { ...outcome, rule: winner.model.id, match: winner.match.index };
}
