/**
 * What a Gateway API rule does with a request that matched it: filters in order (redirect,
 * rewrite, header modifiers, mirrors), then the backends with their probabilities, with 500 for
 * the share of unresolved or not-permitted backends, as the spec says.
 */
import { formatPath } from '../diagnostics.ts';
import { at, record, text } from '../graph/read.ts';
import { describeTarget, type MirrorModel } from '../traffic/backend-ref.ts';
import type { BackendModel, GatewayRuleModel } from '../traffic/gateway-rules.ts';
import type { HttpFilter } from '../traffic/http-filters.ts';
import type { HttpMatch } from '../traffic/http-match.ts';
import { formatShare } from '../traffic/split.ts';
import type { AnswerBuilder, SimAnswer, SimBackend, SimMirror } from './answer.ts';
import type { RouteFacts } from './environment.ts';
import { backendRequestOf, forwardedHeaders, HeaderList } from './headers.ts';
import { location, modifyPath, wellKnownPort } from './redirect.ts';
import type { SimRequest } from './request.ts';

/** The rule outcome: everything of the answer but the listener and route. */
export type RuleOutcome = Omit<
  SimAnswer,
  'listener' | 'route' | 'runnerUp' | 'explanation' | 'highlight'
>;

export interface RuleInput {
  model: GatewayRuleModel;
  match: HttpMatch | undefined;
  request: SimRequest;
  /** The listener port (redirects without a scheme keep it), or the Service port for GAMMA. */
  port: number;
  facts: RouteFacts;
  grpc: boolean;
}

function target(ref: BackendModel | MirrorModel) {
  return { kind: ref.kind, namespace: ref.namespace, name: ref.name ?? '' };
}

function redirectOutcome(
  input: RuleInput,
  filter: Extract<HttpFilter, { type: 'RequestRedirect' }>,
  b: AnswerBuilder,
): RuleOutcome {
  const { request } = input;
  const scheme = filter.scheme ?? request.scheme;
  const host = filter.hostname ?? request.host;
  // Spec: an explicit port; else the scheme's well-known port when a scheme is given (else the
  // listener's); else the listener port. http:80 and https:443 are left out of Location.
  const port =
    filter.port ??
    (filter.scheme !== undefined ? (wellKnownPort(scheme) ?? input.port) : input.port);
  const prefix =
    input.match?.pathMatch.type === 'PathPrefix' ? input.match.pathMatch.value : undefined;
  const path = filter.pathModifier
    ? modifyPath(request.path, filter.pathModifier, prefix)
    : request.path;
  const where = location(scheme, host, port, path, request.rawQuery);
  b.step('filter', `RequestRedirect answers ${filter.statusCode} with Location ${where}.`);
  return {
    outcome: 'redirect',
    statusCode: filter.statusCode,
    redirect: { location: where, statusCode: filter.statusCode },
    backends: [],
    mirrors: [],
  };
}

function mirrorsOf(input: RuleInput, b: AnswerBuilder): SimMirror[] {
  const out: SimMirror[] = [];
  for (const mirror of input.model.mirrors) {
    const invalid = input.facts.invalidRefs.get(formatPath(mirror.path));
    if (mirror.fraction === 0) continue;
    if (invalid || !mirror.name) {
      b.step(
        'mirror',
        `No copies go to ${describeTarget(mirror)}: ${invalid ?? 'the mirror names no backend'}.`,
      );
      continue;
    }
    const percent = Math.round(mirror.fraction * 1e6) / 1e4;
    out.push({
      ...target(mirror),
      ...(mirror.port === undefined ? {} : { port: mirror.port }),
      percent,
    });
    b.step(
      'mirror',
      `RequestMirror copies ${percent}% of requests to ${describeTarget(mirror)} (responses discarded).`,
    );
    b.through(undefined, { from: input.model.id, path: mirror.path });
  }
  return out;
}

function infoSteps(input: RuleInput, b: AnswerBuilder): void {
  const { model } = input;
  if (model.timeouts)
    b.step(
      'info',
      `Timeouts: ${Object.entries(model.timeouts)
        .map(([k, v]) => `${k} ${String(v)}`)
        .join(', ')}.`,
    );
  if (model.retry) b.step('info', `Retry: ${JSON.stringify(model.retry)}.`);
  if (model.sessionPersistence)
    b.step('info', `Session persistence: ${JSON.stringify(model.sessionPersistence)}.`);
  const annotations = record(at(model.route.value, 'metadata', 'annotations')) ?? {};
  const retries = Object.entries(annotations).filter(([k]) => k.startsWith('retry.istio.io/'));
  if (retries.length > 0) {
    b.step(
      'info',
      `Implementation annotations (Istio): ${retries.map(([k, v]) => `${k.slice('retry.istio.io/'.length)} ${String(v)}`).join(', ')}.`,
    );
  }
}

function backendsOf(input: RuleInput, headers: HeaderList, b: AnswerBuilder): SimBackend[] {
  const { model } = input;
  const failure = input.grpc ? 503 : 500;
  const out: SimBackend[] = [];
  for (const backend of model.backends) {
    if (backend.share === 0) {
      if (model.backends.length > 1)
        b.step('backend', `${describeTarget(backend)} gets no traffic (weight ${backend.weight}).`);
      continue;
    }
    const entry: SimBackend = {
      ...target(backend),
      weight: backend.weight,
      probability: backend.share,
    };
    if (backend.port !== undefined) entry.port = backend.port;
    const invalid = backend.name
      ? input.facts.invalidRefs.get(formatPath(backend.path))
      : 'the backendRef names nothing';
    if (invalid) {
      entry.error = { statusCode: failure, reason: invalid };
      b.step('backend', `${formatShare(backend.share)} of requests get ${failure}: ${invalid}`);
    } else {
      const own = backend.filters.filter((f) => f.type === 'RequestHeaderModifier');
      if (own.length > 0) {
        const copy = headers.clone();
        for (const f of own) if (f.type === 'RequestHeaderModifier') copy.apply(f.changes);
        (entry as SimBackend & { requestHeaders?: Record<string, string> }).requestHeaders =
          copy.toRecord();
      }
      b.step(
        'backend',
        `${formatShare(backend.share)} go to ${describeTarget(backend)} (weight ${backend.weight} of ${model.split.total}).`,
      );
    }
    b.through(undefined, { from: model.id, path: backend.path });
    out.push(entry);
  }
  return out;
}

/** Runs the rule's filters and picks its backends. */
export function applyGatewayRule(input: RuleInput, b: AnswerBuilder): RuleOutcome {
  const { model, request } = input;
  infoSteps(input, b);
  const headers = forwardedHeaders(request);
  const responseHeaders = new HeaderList();
  let host = request.host;
  let path = request.path;
  for (const filter of model.filters) {
    switch (filter.type) {
      case 'RequestRedirect':
        return { ...redirectOutcome(input, filter, b), ...headersOf(responseHeaders) };
      case 'URLRewrite': {
        if (filter.hostname !== undefined) host = filter.hostname;
        if (filter.pathModifier) {
          const prefix =
            input.match?.pathMatch.type === 'PathPrefix' ? input.match.pathMatch.value : undefined;
          if (filter.pathModifier.type === 'ReplacePrefixMatch' && prefix === undefined) {
            b.step(
              'filter',
              'URLRewrite ReplacePrefixMatch needs a PathPrefix match; a controller does not accept this route.',
            );
          } else path = modifyPath(path, filter.pathModifier, prefix);
        }
        b.step('filter', `URLRewrite sends the request on as ${host}${path}.`);
        break;
      }
      case 'RequestHeaderModifier':
        headers.apply(filter.changes);
        b.step('filter', `RequestHeaderModifier: ${describeChanges(filter.changes)}.`);
        break;
      case 'ResponseHeaderModifier':
        responseHeaders.apply(filter.changes);
        b.step('filter', `ResponseHeaderModifier: ${describeChanges(filter.changes)}.`);
        break;
      case 'RequestMirror':
        break;
      case 'Other':
        b.step(
          'filter',
          filter.written === 'ExtensionRef'
            ? `ExtensionRef ${text(at(filter.value, 'extensionRef', 'name')) ?? ''} is implementation-specific and not simulated.`
            : `${filter.written} is not simulated (information only).`,
        );
    }
  }
  const mirrors = mirrorsOf(input, b);
  const backendRequest = backendRequestOf(request, host, path, headers);
  const base = { mirrors, backendRequest, ...headersOf(responseHeaders) };
  const failure = input.grpc ? 503 : 500;
  if (model.split.noTraffic) {
    const reason = model.split.noTraffic === 'no-backends' ? 'no-backends' : 'all-weights-zero';
    b.step(
      'backend',
      reason === 'no-backends'
        ? `The rule has no backends and no filter that answers: the request gets ${failure}.`
        : `Every backend has weight 0, so none is chosen: the request gets ${failure}.`,
    );
    return { ...base, outcome: 'error', statusCode: failure, reason, backends: [] };
  }
  const backends = backendsOf(input, headers, b);
  if (backends.every((x) => x.error)) {
    return { ...base, outcome: 'error', statusCode: failure, reason: 'backend-invalid', backends };
  }
  return { ...base, outcome: 'backend', backends };
}

function headersOf(list: HeaderList): { responseHeaders?: Record<string, string> } {
  return list.size > 0 ? { responseHeaders: list.toRecord() } : {};
}

function describeChanges(changes: {
  set: [string, string][];
  add: [string, string][];
  remove: string[];
}): string {
  const parts = [
    ...changes.set.map(([n, v]) => `set ${n}: ${v}`),
    ...changes.add.map(([n, v]) => `add ${n}: ${v}`),
    ...changes.remove.map((n) => `remove ${n}`),
  ];
  return parts.join(', ') || 'no changes';
}
