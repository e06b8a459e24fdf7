/**
 * Traffic flows for a host (and optionally a path prefix), as nodes and links a Sankey view
 * draws: entry point → route → rule → Service (→ subset), with mirrors as links of their own.
 *
 * Which requests a host gets is not in the design, so each entry point that serves the host
 * carries one unit of "default" traffic: the request `GET <host><prefix>` with no particular
 * headers or query. Its links' values are the exact shares the traffic model gives (weights,
 * 500/503 shares, mirror percentages). Every other rule that can take requests under the prefix
 * is a conditional class (it needs a header, a query parameter, a method or a longer path): its
 * links carry one unit of its own traffic and are marked `conditional`.
 */
import type { Design } from '../design/design.ts';
import type { SimAnswer } from './answer.ts';
import { designIndex, type DesignIndex } from './design-index.ts';
import { gatewayEntries, istioEntries } from './flow-entries.ts';
import { buildRequest } from './request.ts';
import { simulate } from './simulate.ts';

export type FlowNodeKind = 'host' | 'entry' | 'route' | 'rule' | 'service' | 'subset' | 'response';

export interface FlowNode {
  id: string;
  kind: FlowNodeKind;
  label: string;
  /** The graph node it stands for, when there is one (for highlighting on the canvas). */
  graphNode?: string;
}

export interface FlowLink {
  source: string;
  target: string;
  /** Units of traffic (each entry point's default traffic is 1). */
  value: number;
  /** Copies sent by a mirror (not part of the request's own path). */
  mirror?: boolean;
  /** Traffic of a conditional class (see the module comment). */
  conditional?: boolean;
}

/** A traffic class: the default request, or a rule that takes only some requests. */
export interface FlowClass {
  entry: string;
  rule: string;
  conditional: boolean;
  /** `PathPrefix /api, header x-canary = "true"`, the conditions of the class. */
  condition: string;
}

export interface Flows {
  host: string;
  prefix: string;
  nodes: FlowNode[];
  links: FlowLink[];
  classes: FlowClass[];
}

class FlowBuilder {
  readonly nodes = new Map<string, FlowNode>();
  readonly links = new Map<string, FlowLink>();

  node(node: FlowNode): string {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    return node.id;
  }

  link(
    source: string,
    target: string,
    value: number,
    flags: { mirror?: boolean; conditional?: boolean } = {},
  ): void {
    if (value <= 0) return;
    const key = `${source}\u0000${target}\u0000${flags.mirror ? 'm' : ''}${flags.conditional ? 'c' : ''}`;
    const existing = this.links.get(key);
    if (existing) existing.value += value;
    else
      this.links.set(key, {
        source,
        target,
        value,
        ...(flags.mirror ? { mirror: true } : {}),
        ...(flags.conditional ? { conditional: true } : {}),
      });
  }
}

/** Adds one answer's path from `entryNode` to the builder, scaled by `value`. */
function addAnswer(
  f: FlowBuilder,
  entryNode: string,
  answer: SimAnswer,
  value: number,
  conditional: boolean,
): void {
  const flags = conditional ? { conditional: true } : {};
  const route = answer.route;
  let from = entryNode;
  if (route) {
    const routeNode = f.node({
      id: `route:${route.kind}/${route.namespace}/${route.name}`,
      kind: 'route',
      label: `${route.kind} ${route.namespace}/${route.name}`,
      graphNode: route.node.slice(0, route.node.indexOf('#')),
    });
    f.link(from, routeNode, value, flags);
    const label = route.section ? `${route.section}[${route.rule}]` : `rules[${route.rule}]`;
    from = f.node({ id: `rule:${route.node}`, kind: 'rule', label, graphNode: route.node });
    f.link(routeNode, from, value, flags);
  }
  if (
    (answer.outcome !== 'backend' && answer.outcome !== 'error') ||
    answer.backends.length === 0
  ) {
    const status = answer.redirect
      ? `${answer.redirect.statusCode} → ${answer.redirect.location}`
      : String(answer.statusCode ?? answer.reason ?? answer.outcome);
    const sink = f.node({
      id: `response:${status}`,
      kind: 'response',
      label: answer.outcome === 'redirect' ? `redirect ${status}` : `${status}`,
    });
    f.link(from, sink, value, flags);
    return;
  }
  for (const backend of answer.backends) {
    const share = value * backend.probability;
    if (backend.error) {
      const sink = f.node({
        id: `response:${backend.error.statusCode}`,
        kind: 'response',
        label: String(backend.error.statusCode || 'closed'),
      });
      f.link(from, sink, share, flags);
      continue;
    }
    const serviceKey = `/Service/${backend.namespace}/${backend.name}`;
    const service = f.node({
      id: `service:${serviceKey}`,
      kind: 'service',
      label: `${backend.namespace}/${backend.name}`,
      graphNode: serviceKey,
    });
    if (backend.subset === undefined) f.link(from, service, share, flags);
    else {
      const subset = f.node({
        id: `subset:${serviceKey}#${backend.subset}`,
        kind: 'subset',
        label: backend.subset,
      });
      f.link(from, subset, share, flags);
      f.link(subset, service, share, flags);
    }
  }
  for (const mirror of answer.mirrors) {
    const serviceKey = `/Service/${mirror.namespace}/${mirror.name}`;
    const target =
      mirror.subset === undefined
        ? f.node({
            id: `service:${serviceKey}`,
            kind: 'service',
            label: `${mirror.namespace}/${mirror.name}`,
            graphNode: serviceKey,
          })
        : f.node({
            id: `subset:${serviceKey}#${mirror.subset}`,
            kind: 'subset',
            label: mirror.subset,
          });
    f.link(from, target, (value * mirror.percent) / 100, { ...flags, mirror: true });
  }
}

const cache = new WeakMap<Design, Map<string, Flows>>();

/**
 * The flows of requests for `host` under `prefix` (default `/`), through every entry point that
 * serves the host. Cached per design object.
 */
export function hostFlows(design: Design, host: string, prefix = '/'): Flows {
  const key = `${host.toLowerCase()} ${prefix}`;
  const known = cache.get(design)?.get(key);
  if (known) return known;
  const flows = computeFlows(designIndex(design), design, host, prefix);
  const perDesign = cache.get(design) ?? new Map<string, Flows>();
  perDesign.set(key, flows);
  cache.set(design, perDesign);
  return flows;
}

function computeFlows(index: DesignIndex, design: Design, host: string, prefix: string): Flows {
  const name = host.toLowerCase();
  const f = new FlowBuilder();
  const hostNode = f.node({
    id: `host:${name}`,
    kind: 'host',
    label: `${name}${prefix === '/' ? '' : prefix}`,
  });
  const classes: FlowClass[] = [];
  for (const point of [
    ...gatewayEntries(index, name, prefix),
    ...istioEntries(index, name, prefix),
  ]) {
    const entryNode = f.node({
      id: point.id,
      kind: 'entry',
      label: point.label,
      ...(point.graphNode ? { graphNode: point.graphNode } : {}),
    });
    const defaultRequest = point.classes[0]?.request;
    if (!defaultRequest) continue;
    const base = buildRequest({
      url: `${defaultRequest.scheme}://${name}${defaultRequest.portExplicit ? `:${defaultRequest.port}` : ''}${prefix}`,
    });
    if ('error' in base) continue;
    const answer = simulate(design, point.entry, base, { edges: false });
    f.link(hostNode, entryNode, 1);
    addAnswer(f, entryNode, answer, 1, false);
    const winner = answer.route?.node;
    for (const c of point.classes) {
      const conditional = c.rule !== winner;
      classes.push({ entry: point.id, rule: c.rule, conditional, condition: c.condition });
      if (!conditional) continue;
      const other = simulate(design, point.entry, c.request, { edges: false });
      if (other.route?.node !== c.rule) continue;
      addAnswer(f, entryNode, other, 1, true);
    }
  }
  return {
    host: name,
    prefix,
    nodes: [...f.nodes.values()],
    links: [...f.links.values()],
    classes,
  };
}
