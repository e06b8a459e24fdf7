/** HTTP and gRPC requests on a Gateway API listener or a GAMMA Service: precedence, then the rule. */
import type { AnswerBuilder, SimAnswer } from './answer.ts';
import type { DesignIndex } from './design-index.ts';
import {
  decideEntries,
  describeEntryMatch,
  entryName,
  explainDecision,
  routeOfEntry,
} from './explain-precedence.ts';
import { applyGatewayRule } from './gateway-rule.ts';
import type { SimRequest } from './request.ts';
import { groupsFor, matchTable, type RouteTable, type TableEntry } from './route-table.ts';

type Partial = Omit<SimAnswer, 'listener' | 'explanation' | 'highlight'>;

const NEAR_MISSES_SHOWN = 3;

function parentEdge(
  index: DesignIndex,
  entry: TableEntry,
  listenerId: string | undefined,
  b: AnswerBuilder,
) {
  const facts = index.env.routeFacts(entry.route);
  b.through(entry.route.key);
  for (const { ref, attachment } of facts.parents) {
    const joined =
      listenerId === undefined ||
      attachment.listeners.some((l) => `${l.owner.key}#listener/${l.name}` === listenerId);
    if (joined && attachment.accepted.status === 'True')
      b.through(undefined, { from: entry.route.key, path: ref.path });
  }
}

/**
 * Finds the winning match on a table and runs its rule. `port` is what redirects without a
 * scheme keep; `listenerId` picks the parentRef edge to highlight (undefined for GAMMA).
 */
export function routeOnTable(
  index: DesignIndex,
  table: RouteTable,
  request: SimRequest,
  port: number,
  listenerId: string | undefined,
  b: AnswerBuilder,
): Partial {
  const found = matchTable(table, request);
  const kind = found.grpc ? 'GRPCRoute' : 'HTTPRoute';
  for (const miss of found.misses.slice(0, NEAR_MISSES_SHOWN)) {
    b.step(
      'match',
      `${entryName(miss.entry)} (${describeEntryMatch(miss.entry)}) does not match: ${miss.why}.`,
      miss.entry.model.id,
    );
  }
  const { winner, runnerUp } = found;
  if (!winner) {
    const groups = groupsFor(table, request.host);
    b.step(
      'route',
      groups.length === 0
        ? `No ${kind} attached here serves host ${request.host}: 404.`
        : `No rule of the ${kind}s for host ${request.host} matches: 404.`,
    );
    return { outcome: 'no-route', statusCode: 404, reason: 'no-route', backends: [], mirrors: [] };
  }
  parentEdge(index, winner, listenerId, b);
  b.through(winner.model.id);
  b.step('route', `${entryName(winner)} (${describeEntryMatch(winner)}) matches.`, winner.model.id);
  const partial: Partial = {
    route: routeOfEntry(winner),
    outcome: 'backend',
    backends: [],
    mirrors: [],
  };
  if (runnerUp) {
    const decision = decideEntries(winner, runnerUp);
    b.step(
      'precedence',
      `It wins over ${entryName(runnerUp)} (${describeEntryMatch(runnerUp)}), which also matches: ${explainDecision(winner, runnerUp, decision)}.`,
      runnerUp.model.id,
    );
    partial.runnerUp = { ...routeOfEntry(runnerUp), decidedBy: decision.step };
  }
  const best = groupsFor(table, request.host)[0];
  const bestEntries = best ? (found.grpc ? best.grpc : best.http) : [];
  if (best && best.rank.hostname !== winner.host.hostname && bestEntries.length > 0) {
    b.step(
      'note',
      `No rule for the more specific hostname ${best.rank.hostname ?? ''} matched, so a rule for ${winner.host.hostname ?? 'any host'} took the request, as the spec's precedence orders them. Implementations that keep each hostname's routes apart (Envoy-based ones such as Envoy Gateway and Istio) answer 404 instead.`,
    );
  }
  const match = 'pathMatch' in winner.match ? winner.match : undefined;
  const facts = index.env.routeFacts(winner.route);
  return {
    ...partial,
    ...applyGatewayRule({ model: winner.model, match, request, port, facts, grpc: found.grpc }, b),
  };
}
