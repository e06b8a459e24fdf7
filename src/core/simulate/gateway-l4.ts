/**
 * TLS, TCP and UDP on a Gateway API listener: TLSRoutes by SNI (the most specific hostname,
 * wildcards included), TCPRoutes and UDPRoutes by the listener alone. When several routes could
 * take the connection the oldest wins, then the first by `{namespace}/{name}`.
 */
import type { Listener } from '../analysis/gateway-api/listeners.ts';
import { routeHostnames } from '../analysis/gateway-api/listeners.ts';
import { effectiveHostnames, hostnameCovers } from '../analysis/support/hostnames.ts';
import { formatPath } from '../diagnostics.ts';
import type { Resource } from '../model/resource.ts';
import { describeTarget } from '../traffic/backend-ref.ts';
import { gatewayRouteRules } from '../traffic/gateway-rules.ts';
import { creationTime, hostnameRank } from '../traffic/precedence.ts';
import { formatShare } from '../traffic/split.ts';
import type { AnswerBuilder, SimAnswer, SimBackend } from './answer.ts';
import type { DesignIndex } from './design-index.ts';
import type { SimRequest } from './request.ts';

type Partial = Omit<SimAnswer, 'listener' | 'explanation' | 'highlight'>;

const KIND_FOR: Record<string, string> = {
  TLS: 'TLSRoute',
  HTTPS: 'TLSRoute',
  TCP: 'TCPRoute',
  UDP: 'UDPRoute',
};

interface Candidate {
  route: Resource;
  hostname: string | undefined;
}

function candidates(
  routes: readonly Resource[],
  listener: Listener,
  kind: string,
  sni: string | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  for (const route of routes) {
    if (route.kind !== kind) continue;
    if (kind !== 'TLSRoute') {
      out.push({ route, hostname: undefined });
      continue;
    }
    const hosts = effectiveHostnames(listener.hostname, routeHostnames(route)).filter(
      (h) => sni !== undefined && hostnameCovers(h, sni),
    );
    if (hosts.length === 0) continue;
    const best = hosts.sort(
      (a, b) =>
        hostnameRank(b).exactChars - hostnameRank(a).exactChars ||
        hostnameRank(b).chars - hostnameRank(a).chars,
    )[0];
    out.push({ route, hostname: best });
  }
  return out.sort((a, b) => {
    const ra = hostnameRank(a.hostname);
    const rb = hostnameRank(b.hostname);
    return (
      rb.exactChars - ra.exactChars ||
      rb.chars - ra.chars ||
      creationTime(a.route) - creationTime(b.route) ||
      `${a.route.namespace}/${a.route.name}`.localeCompare(`${b.route.namespace}/${b.route.name}`)
    );
  });
}

/** Routes a TLS, TCP or UDP connection on the listener that took it. */
export function routeL4(
  index: DesignIndex,
  listener: Listener,
  request: SimRequest,
  b: AnswerBuilder,
): Partial {
  const kind = KIND_FOR[listener.protocol] ?? 'TCPRoute';
  const found = candidates(index.routesOn(listener), listener, kind, request.sni);
  const winner = found[0];
  if (!winner) {
    b.step(
      'route',
      `No ${kind} attached to listener ${listener.name}${kind === 'TLSRoute' ? ` serves SNI ${request.sni ?? '(none)'}` : ''}: the connection is closed.`,
    );
    return { outcome: 'no-route', reason: 'no-route', backends: [], mirrors: [] };
  }
  const { route } = winner;
  const facts = index.env.routeFacts(route);
  b.through(route.key);
  for (const { ref, attachment } of facts.parents)
    if (attachment.listeners.includes(listener))
      b.through(undefined, { from: route.key, path: ref.path });
  const rules = gatewayRouteRules(route);
  const rule = rules[0];
  b.step(
    'route',
    `${kind} ${route.namespace}/${route.name}${winner.hostname ? ` (hostname ${winner.hostname})` : ''} takes the connection.`,
    rule?.id ?? route.key,
  );
  if (found[1])
    b.step(
      'precedence',
      `It wins over ${kind} ${found[1].route.namespace}/${found[1].route.name}: ${winner.hostname !== found[1].hostname ? 'its hostname is more specific' : 'it is older or sorts first by namespace/name'}.`,
    );
  if (!rule) {
    b.step('backend', 'The route has no rules: the connection is closed.');
    return {
      outcome: 'error',
      reason: 'no-backends',
      route: routeRef(route, 0),
      backends: [],
      mirrors: [],
    };
  }
  if (rules.length > 1) b.step('note', `${kind} rules have no matches; rules[0] is used.`);
  b.through(rule.id);
  if (rule.split.noTraffic) {
    b.step(
      'backend',
      rule.split.noTraffic === 'no-backends'
        ? 'The rule has no backends: the connection is closed.'
        : 'Every backend has weight 0: the connection is closed.',
    );
    return {
      outcome: 'error',
      reason: rule.split.noTraffic === 'no-backends' ? 'no-backends' : 'all-weights-zero',
      route: routeRef(route, 0),
      backends: [],
      mirrors: [],
    };
  }
  const backends: SimBackend[] = [];
  for (const backend of rule.backends) {
    if (backend.share === 0) continue;
    const entry: SimBackend = {
      kind: backend.kind,
      namespace: backend.namespace,
      name: backend.name ?? '',
      weight: backend.weight,
      probability: backend.share,
    };
    if (backend.port !== undefined) entry.port = backend.port;
    const invalid = backend.name
      ? facts.invalidRefs.get(formatPath(backend.path))
      : 'the backendRef names nothing';
    if (invalid) {
      entry.error = { statusCode: 0, reason: invalid };
      b.step('backend', `${formatShare(backend.share)} of connections are closed: ${invalid}`);
    } else b.step('backend', `${formatShare(backend.share)} go to ${describeTarget(backend)}.`);
    b.through(undefined, { from: rule.id, path: backend.path });
    backends.push(entry);
  }
  const outcome = backends.every((x) => x.error) ? 'error' : 'backend';
  return {
    outcome,
    ...(outcome === 'error' ? { reason: 'backend-invalid' as const } : {}),
    route: routeRef(route, 0),
    backends,
    mirrors: [],
  };
}

function routeRef(route: Resource, rule: number): NonNullable<Partial['route']> {
  const path = ['spec', 'rules', rule];
  return {
    kind: route.kind,
    namespace: route.namespace ?? '',
    name: route.name,
    rule,
    match: -1,
    node: `${route.key}#rule/${rule}`,
    path: formatPath(path),
  };
}
