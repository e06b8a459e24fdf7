import { countOf } from '../text/plural.ts';
import { asList, asRecord, text, type Json } from './read-value.ts';

/**
 * One-line readable summaries of the parts shown as rows on the canvas, e.g.
 * `prefix /api · header x-flag=new` and `RequestMirror → 2 backends`.
 */

function joinParts(parts: readonly string[]): string {
  return parts.filter(Boolean).join(' · ');
}

/** `HTTPS :443 · *.example.com` for a Gateway API listener (`:443 · …` when named `https`). */
export function listenerSummary(listener: Json): string {
  const l = asRecord(listener);
  const port = text(l.port);
  const protocol = text(l.protocol);
  // A listener named after its protocol (`http`, `https`) need not say it twice.
  const shown = protocol.toLowerCase() === text(l.name).toLowerCase() ? '' : protocol;
  return joinParts([`${shown}${port ? ` :${port}` : ''}`.trim(), text(l.hostname)]);
}

function headerMatches(headers: Json, word: string): string[] {
  return asList(headers).map((h) => {
    const r = asRecord(h);
    const op = text(r.type) === 'RegularExpression' ? '~' : '=';
    return `${word} ${text(r.name)}${op}${text(r.value)}`;
  });
}

/** Path match types in the words Istio's summaries use too (short enough for a row). */
const PATH_TYPES: Readonly<Record<string, string>> = {
  PathPrefix: 'prefix',
  Exact: 'exact',
  RegularExpression: 'regex',
};

function httpMatch(match: Json): string {
  const m = asRecord(match);
  const path = asRecord(m.path);
  const parts: string[] = [];
  if (m.path !== undefined)
    parts.push(`${PATH_TYPES[text(path.type)] ?? 'prefix'} ${text(path.value) || '/'}`);
  if (m.method !== undefined) parts.push(text(m.method));
  parts.push(...headerMatches(m.headers, 'header'), ...headerMatches(m.queryParams, 'query'));
  return joinParts(parts);
}

function grpcMatch(match: Json): string {
  const m = asRecord(match);
  const method = asRecord(m.method);
  const service = text(method.service);
  const name = text(method.method);
  const parts = service || name ? [`${service || '*'}/${name || '*'}`] : [];
  return joinParts([...parts, ...headerMatches(m.headers, 'header')]);
}

/** What a Gateway API route rule matches: one entry per match, `all requests` when none. */
export function ruleMatchSummary(kind: string, rule: Json): string {
  const matches = asList(asRecord(rule).matches);
  if (kind !== 'HTTPRoute' && kind !== 'GRPCRoute') return '';
  const describe = kind === 'GRPCRoute' ? grpcMatch : httpMatch;
  const texts = matches.map(describe).filter(Boolean);
  return texts.length ? texts.join(' | ') : 'all requests';
}

/** Filters (by type) and where the rule sends traffic: `URLRewrite → 2 backends`. */
export function ruleActionSummary(rule: Json): string {
  const r = asRecord(rule);
  const filters = asList(r.filters).map((f) => text(asRecord(f).type));
  const backends = asList(r.backendRefs).length;
  const target = backends
    ? `→ ${countOf(backends, 'backend')}`
    : filters.length
      ? ''
      : '→ no backend';
  return [joinParts(filters), target].filter(Boolean).join(' ');
}

function stringMatch(value: Json): string {
  const m = asRecord(value);
  for (const op of ['exact', 'prefix', 'regex'] as const) {
    if (m[op] !== undefined) return `${op} ${text(m[op])}`;
  }
  return '';
}

/** What an Istio http route matches: `uri prefix /api · header x-flag exact new`. */
export function istioHttpMatchSummary(route: Json): string {
  const matches = asList(asRecord(route).match).map((match) => {
    const m = asRecord(match);
    const parts: string[] = [];
    if (m.uri !== undefined) parts.push(`uri ${stringMatch(m.uri)}`);
    if (m.method !== undefined) parts.push(`method ${stringMatch(m.method)}`);
    for (const [name, value] of Object.entries(asRecord(m.headers)))
      parts.push(`header ${name} ${stringMatch(value)}`);
    if (m.port !== undefined) parts.push(`port ${text(m.port)}`);
    for (const host of asList(m.sniHosts)) parts.push(`sni ${text(host)}`);
    return joinParts(parts);
  });
  const texts = matches.filter(Boolean);
  return texts.length ? texts.join(' | ') : 'all requests';
}

/** What an Istio route does: `rewrite · mirror → 2 destinations`. */
export function istioRouteActionSummary(route: Json): string {
  const r = asRecord(route);
  const actions = [
    'redirect',
    'rewrite',
    'fault',
    'mirror',
    'retries',
    'timeout',
    'headers',
  ].filter((key) => r[key] !== undefined);
  const destinations = asList(r.route).length;
  const target = destinations ? `→ ${countOf(destinations, 'destination')}` : '';
  return [joinParts(actions), target].filter(Boolean).join(' ');
}

/** `HTTPS :443 · *.example.com` for an Istio Gateway server. */
export function serverSummary(server: Json): string {
  const s = asRecord(server);
  const port = asRecord(s.port);
  const hosts = asList(s.hosts).map(text).join(', ');
  return joinParts([`${text(port.protocol)} :${text(port.number)}`, hosts]);
}

/** `version=v1` for a DestinationRule subset. */
export function subsetSummary(subset: Json): string {
  return Object.entries(asRecord(asRecord(subset).labels))
    .map(([k, v]) => `${k}=${text(v)}`)
    .join(', ');
}

/** `http 80→8080 · grpc 9090` for a Service. */
export function servicePortsSummary(service: Json): string {
  const ports = asList(asRecord(asRecord(service).spec).ports).map((p) => {
    const r = asRecord(p);
    const target = text(r.targetPort);
    const port = text(r.port);
    const arrow = target && target !== port ? `→${target}` : '';
    return `${text(r.name)} ${port}${arrow}`.trim();
  });
  return ports.length ? joinParts(ports) : 'no ports';
}
