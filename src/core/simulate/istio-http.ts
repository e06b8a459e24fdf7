/**
 * Istio http routes: tried in order across the chosen VirtualServices, the first whose match
 * applies wins (no precedence beyond order). Then redirect, direct response, or destinations
 * with rewrite, header operations and mirrors.
 */
import { re2ToRegExp } from '../analysis/support/re2.ts';
import type { IstioHttpMatch, IstioMatchContext } from '../traffic/istio-match.ts';
import { describeIstioHttpMatch, istioHttpMismatch } from '../traffic/istio-match.ts';
import { istioRoutesOf, type IstioRouteModel } from '../traffic/istio-routes.ts';
import { formatShare } from '../traffic/split.ts';
import type { AnswerBuilder, SimAnswer, SimBackend, SimMirror, SimRoute } from './answer.ts';
import type { SimEnvironment } from './environment.ts';
import { backendRequestOf, forwardedHeaders, HeaderList } from './headers.ts';
import { resolveIstioDestination } from './istio-destinations.ts';
import { contextFor } from './istio-vs.ts';
import { location } from './redirect.ts';
import type { SimRequest } from './request.ts';
import type { Resource } from '../model/resource.ts';
import { formatPath } from '../diagnostics.ts';

type Partial = Omit<SimAnswer, 'listener' | 'explanation' | 'highlight'>;

interface Hit {
  route: IstioRouteModel;
  match: IstioHttpMatch | undefined;
}

export function istioRouteRef(route: IstioRouteModel, match: number): SimRoute {
  const vs = route.virtualService;
  const path = match === -1 ? route.path : [...route.path, 'match', match];
  return {
    kind: vs.kind,
    namespace: vs.namespace ?? '',
    name: vs.name,
    rule: route.index,
    match,
    section: route.section,
    node: route.id,
    path: formatPath(path),
  };
}

function routeName(route: IstioRouteModel): string {
  const vs = route.virtualService;
  return `VirtualService ${vs.namespace}/${vs.name} ${route.section}[${route.index}]${route.name ? ` "${route.name}"` : ''}`;
}

function findRoute(
  services: readonly Resource[],
  request: SimRequest,
  base: IstioMatchContext,
  b: AnswerBuilder,
): { winner?: Hit; runnerUp?: Hit } {
  let winner: Hit | undefined;
  for (const vs of services) {
    const ctx = contextFor(base, vs);
    for (const route of istioRoutesOf(vs, 'http')) {
      let hit: Hit | undefined;
      if (route.httpMatches.length === 0) hit = { route, match: undefined };
      else {
        const reasons: string[] = [];
        for (const match of route.httpMatches) {
          const why = istioHttpMismatch(match, request, ctx);
          if (why === undefined) {
            hit = { route, match };
            break;
          }
          reasons.push(why);
        }
        if (!hit && !winner)
          b.step('match', `${routeName(route)} does not match: ${reasons.join('; ')}.`, route.id);
      }
      if (!hit) continue;
      if (winner) return { winner, runnerUp: hit };
      winner = hit;
    }
  }
  return winner ? { winner } : {};
}

/** Envoy's prefix_rewrite: the matched prefix (the whole path for exact and regex matches) is replaced. */
function rewriteUri(path: string, uri: string, match: IstioHttpMatch | undefined): string {
  const m = match?.uri;
  if (!m || m.kind === 'present') return uri + path.slice(1);
  if (m.kind === 'prefix') return uri + path.slice(m.value.length);
  return uri;
}

function regexRewrite(path: string, rule: { match: string; rewrite: string }): string {
  const regex = re2ToRegExp(rule.match, false);
  return regex ? path.replace(regex, rule.rewrite.replace(/\\(\d)/g, '$$$1')) : path;
}

export interface IstioHttpInput {
  env: SimEnvironment;
  services: readonly Resource[];
  request: SimRequest;
  ctx: IstioMatchContext;
  /** Whether the request arrived over TLS (redirects default to https). */
  tls: boolean;
}

/** Routes an HTTP request through the chosen VirtualServices. */
export function routeIstioHttp(input: IstioHttpInput, b: AnswerBuilder): Partial {
  const { request } = input;
  const { winner, runnerUp } = findRoute(input.services, request, input.ctx, b);
  if (!winner) {
    b.step('route', 'No http route of the VirtualService matches: Envoy answers 404.');
    return { outcome: 'no-route', statusCode: 404, reason: 'no-route', backends: [], mirrors: [] };
  }
  const { route, match } = winner;
  b.through(route.virtualService.key).through(route.id);
  b.step(
    'route',
    `${routeName(route)} (${match ? describeIstioHttpMatch(match) : 'no match: every request'}) matches.`,
    route.id,
  );
  const partial: Partial = {
    route: istioRouteRef(route, match?.index ?? -1),
    outcome: 'backend',
    backends: [],
    mirrors: [],
  };
  if (runnerUp) {
    b.step(
      'precedence',
      `It comes before ${routeName(runnerUp.route)}, which also matches: Istio tries http routes in order and the first match wins.`,
      runnerUp.route.id,
    );
    partial.runnerUp = {
      ...istioRouteRef(runnerUp.route, runnerUp.match?.index ?? -1),
      decidedBy: 'rule-order',
    };
  }
  for (const [key, value] of Object.entries(route.info))
    b.step('info', `${key}: ${JSON.stringify(value)}.`);
  if (route.info.delegate !== undefined) {
    b.step('note', 'Delegation to another VirtualService is not simulated.');
    return { ...partial, outcome: 'no-route', reason: 'no-route', statusCode: 404 };
  }
  const response = new HeaderList();
  if (route.headers) response.apply(route.headers.response);
  const responseHeaders = response.size > 0 ? { responseHeaders: response.toRecord() } : {};
  if (route.redirect) {
    const r = route.redirect;
    const scheme = r.scheme ?? (input.tls ? 'https' : request.scheme);
    const port =
      r.port ??
      (r.derivePort === 'FROM_REQUEST_PORT'
        ? request.port
        : request.portExplicit && scheme === request.scheme && !r.authority
          ? request.port
          : undefined);
    const where = location(
      scheme,
      r.authority ?? request.host,
      port,
      r.uri ?? request.path,
      request.rawQuery,
    );
    b.step('filter', `redirect answers ${r.redirectCode} with Location ${where}.`);
    return {
      ...partial,
      ...responseHeaders,
      outcome: 'redirect',
      statusCode: r.redirectCode,
      redirect: { location: where, statusCode: r.redirectCode },
    };
  }
  if (route.directResponse) {
    b.step('filter', `directResponse answers ${route.directResponse.status}.`);
    return {
      ...partial,
      ...responseHeaders,
      outcome: 'response',
      statusCode: route.directResponse.status,
      ...(route.directResponse.body === undefined ? {} : { body: route.directResponse.body }),
    };
  }
  const headers = forwardedHeaders(request);
  if (route.headers) headers.apply(route.headers.request);
  let host = request.host;
  let path = request.path;
  if (route.rewrite) {
    if (route.rewrite.uriRegexRewrite) path = regexRewrite(path, route.rewrite.uriRegexRewrite);
    else if (route.rewrite.uri !== undefined) path = rewriteUri(path, route.rewrite.uri, match);
    if (route.rewrite.authority) host = route.rewrite.authority;
    b.step('filter', `rewrite sends the request on as ${host}${path}.`);
  }
  const backendRequest = backendRequestOf(request, host, path, headers);
  const mirrors = istioMirrors(input, route, b);
  const base = { ...partial, ...responseHeaders, backendRequest, mirrors };
  const backends = istioBackends(input.env, route, headers, b);
  if (route.split.noTraffic || backends.length === 0) {
    b.step(
      'backend',
      route.destinations.length === 0
        ? 'The route has no destinations: 503.'
        : 'Every destination has weight 0: istiod rejects such a route, and no destination is reachable (503).',
    );
    return {
      ...base,
      outcome: 'error',
      statusCode: 503,
      reason: route.destinations.length === 0 ? 'no-backends' : 'all-weights-zero',
      backends: [],
    };
  }
  if (backends.every((x) => x.error))
    return { ...base, outcome: 'error', statusCode: 503, reason: 'backend-invalid', backends };
  return { ...base, backends };
}

/** The destinations of an http, tcp or tls route with their probabilities. */
export function istioBackends(
  env: SimEnvironment,
  route: IstioRouteModel,
  headers: HeaderList | undefined,
  b: AnswerBuilder,
): SimBackend[] {
  const namespace = route.virtualService.namespace ?? '';
  const out: SimBackend[] = [];
  for (const d of route.destinations) {
    if (d.share === 0) {
      b.step(
        'backend',
        `Destination ${d.host ?? '(none)'}${d.subset ? ` (${d.subset})` : ''} gets no traffic (${d.written === undefined ? 'no weight, which counts as 0 beside other destinations' : 'weight 0'}).`,
      );
      continue;
    }
    const resolved = resolveIstioDestination(env, d, namespace);
    const entry: SimBackend = {
      kind: 'Service',
      namespace: resolved.namespace ?? '',
      name: resolved.name,
      weight: d.weight,
      probability: d.share,
    };
    if (d.subset !== undefined) entry.subset = d.subset;
    if (d.port !== undefined) entry.port = d.port;
    const label = `${resolved.namespace ? `${resolved.namespace}/` : ''}${resolved.name}${d.subset ? ` subset ${d.subset}` : ''}`;
    if (resolved.problem) {
      entry.error = { statusCode: 503, reason: resolved.problem };
      b.step('backend', `${formatShare(d.share)} of requests get 503: ${resolved.problem}.`);
    } else {
      b.step(
        'backend',
        `${formatShare(d.share)} go to ${label}${route.destinations.length > 1 ? ` (weight ${d.weight} of ${route.split.total})` : ''}.`,
      );
    }
    if (headers && d.headers) {
      const own = headers.clone();
      own.apply(d.headers.request);
      entry.requestHeaders = own.toRecord();
    }
    b.through(undefined, { from: route.id, path: [...d.path, 'destination'] });
    out.push(entry);
  }
  return out;
}

function istioMirrors(
  input: IstioHttpInput,
  route: IstioRouteModel,
  b: AnswerBuilder,
): SimMirror[] {
  const out: SimMirror[] = [];
  for (const mirror of route.mirrors) {
    if (mirror.fraction === 0) continue;
    const resolved = resolveIstioDestination(
      input.env,
      mirror,
      route.virtualService.namespace ?? '',
    );
    if (resolved.problem) {
      b.step('mirror', `No copies are sent to ${mirror.host}: ${resolved.problem}.`);
      continue;
    }
    const percent = Math.round(mirror.fraction * 1e6) / 1e4;
    const entry: SimMirror = {
      kind: 'Service',
      namespace: resolved.namespace ?? '',
      name: resolved.name,
      percent,
    };
    if (mirror.subset !== undefined) entry.subset = mirror.subset;
    if (mirror.port !== undefined) entry.port = mirror.port;
    b.step(
      'mirror',
      `${percent}% of requests are mirrored to ${resolved.namespace}/${resolved.name}${mirror.subset ? ` subset ${mirror.subset}` : ''} (responses discarded).`,
    );
    b.through(undefined, { from: route.id, path: mirror.path });
    out.push(entry);
  }
  return out;
}
