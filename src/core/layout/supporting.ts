import type { Graph, GraphEdge, GraphEdgeType, GraphNode } from '../graph/types.ts';
import { CORE_GROUP, GATEWAY_GROUP } from '../model/kinds.ts';

/**
 * Supporting objects: what a design needs but nobody routes through (a GatewayClass, a
 * certificate Secret, a ReferenceGrant, a BackendTLSPolicy, a Namespace). Giving each a column of
 * its own makes a design twice as wide as its routing; instead each is shown on what it serves —
 * a chip on the Gateway, the listener or the Service, or (a Namespace) the frame of its
 * resources — unless the person expanded it back into a node.
 */
export interface SupportingView {
  /** Graph node ids (boxes or rows) → the chips they carry (supporting object ids, in order). */
  chips: ReadonlyMap<string, readonly string[]>;
  /** Every collapsed object → the box or row ids its chips sit on (empty for Namespaces). */
  shownOn: ReadonlyMap<string, readonly string[]>;
  /** Namespace name → the Namespace object (or missing object) its frames stand for. */
  namespaceObjects: ReadonlyMap<string, string>;
}

/** How a supporting kind finds what it serves: from whom the edges come, or to whom they go. */
interface Rule {
  edgeTypes: ReadonlySet<GraphEdgeType>;
  /** 'referrers': shown on the objects that refer to it; 'targets': on what it refers to. */
  on: 'referrers' | 'targets';
}

const RULES = new Map<string, Rule>([
  [`${GATEWAY_GROUP}/GatewayClass`, { edgeTypes: new Set(['gateway-class']), on: 'referrers' }],
  [
    `${CORE_GROUP}/Secret`,
    { edgeTypes: new Set(['certificate', 'ca-certificate']), on: 'referrers' },
  ],
  [`${CORE_GROUP}/ConfigMap`, { edgeTypes: new Set(['ca-certificate']), on: 'referrers' }],
  [`${GATEWAY_GROUP}/ReferenceGrant`, { edgeTypes: new Set(['grant-to']), on: 'targets' }],
  [`${GATEWAY_GROUP}/BackendTLSPolicy`, { edgeTypes: new Set(['policy-target']), on: 'targets' }],
]);

const NAMESPACE = `${CORE_GROUP}/Namespace`;
/** A chain of supporting objects (a grant of a Secret of a listener) is followed this deep. */
const MAX_DEPTH = 3;

/** True for the kinds that can be shown on what they serve instead of as a node. */
export function isSupportingKind(node: Pick<GraphNode, 'group' | 'kind'>): boolean {
  const key = `${node.group}/${node.kind}`;
  return RULES.has(key) || key === NAMESPACE;
}

/**
 * Decides which supporting objects (resources or missing objects, not parts) collapse, and where
 * each is shown. An object collapses when something visible carries it: a GatewayClass on the
 * Gateways of its class, a Secret or ConfigMap on the listeners, servers or policies that use it,
 * a ReferenceGrant or BackendTLSPolicy on what it targets (followed through collapsed targets, so
 * a grant of a certificate sits on the listener), a Namespace on the frame of its resources (or,
 * missing and only named by collapsed grants, in their chips). Anything else stays a node, as
 * does every object in `expanded`.
 */
export function supportingView(
  graph: Graph,
  ownerOf: (node: GraphNode) => GraphNode,
  expanded: ReadonlySet<string> = new Set(),
): SupportingView {
  const candidates = new Map<string, Rule | 'namespace'>();
  for (const node of graph.nodes) {
    if (node.parent !== undefined || expanded.has(node.id)) continue;
    if (node.type !== 'resource' && node.type !== 'missing') continue;
    const key = `${node.group}/${node.kind}`;
    const rule = key === NAMESPACE ? 'namespace' : RULES.get(key);
    if (rule) candidates.set(node.id, rule);
  }
  const hosts = new Map<string, string[]>();
  const namespaceReferrers = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const edge of graph.edges) {
    collectHost(edge, candidates, hosts, add);
    if (candidates.get(edge.to) === 'namespace') add(namespaceReferrers, edge.to, edge.from);
  }

  const shownOn = new Map<string, readonly string[]>();
  // The visible hosts of a candidate: a host that collapses itself passes on its own hosts.
  const visibleHosts = (id: string, depth: number): readonly string[] => {
    const known = shownOn.get(id);
    if (known) return known;
    shownOn.set(id, []); // guards against cycles
    const out = new Set<string>();
    for (const host of hosts.get(id) ?? []) {
      const rule = candidates.get(host);
      const passed =
        rule && rule !== 'namespace' && depth < MAX_DEPTH ? visibleHosts(host, depth + 1) : [];
      if (passed.length) for (const h of passed) out.add(h);
      else out.add(host);
    }
    const list = [...out];
    shownOn.set(id, list);
    return list;
  };
  for (const [id, rule] of candidates) if (rule !== 'namespace') visibleHosts(id, 0);
  for (const [id, on] of shownOn) if (!on.length) shownOn.delete(id);

  const occupied = new Set<string>();
  for (const node of graph.nodes) {
    if (
      node.parent !== undefined ||
      shownOn.has(node.id) ||
      candidates.get(node.id) === 'namespace'
    )
      continue;
    if (node.namespace !== undefined) occupied.add(node.namespace);
  }
  const namespaceObjects = new Map<string, string>();
  for (const [id, rule] of candidates) {
    if (rule !== 'namespace') continue;
    const name = graph.nodeById.get(id)!.name;
    const referrers = namespaceReferrers.get(id) ?? [];
    const namedOnlyByCollapsed =
      id.startsWith('missing:') &&
      referrers.length > 0 &&
      referrers.every((r) => shownOn.has(ownerOf(graph.nodeById.get(r)!).id));
    if (occupied.has(name) || namedOnlyByCollapsed) {
      shownOn.set(id, []);
      if (occupied.has(name)) namespaceObjects.set(name, id);
    }
  }

  const chips = new Map<string, string[]>();
  for (const node of graph.nodes) {
    const on = shownOn.get(node.id);
    if (on) for (const host of on) add(chips, host, node.id);
  }
  return { chips, shownOn, namespaceObjects };
}

function collectHost(
  edge: GraphEdge,
  candidates: ReadonlyMap<string, Rule | 'namespace'>,
  hosts: Map<string, string[]>,
  add: (map: Map<string, string[]>, key: string, value: string) => void,
) {
  const to = candidates.get(edge.to);
  if (to && to !== 'namespace' && to.on === 'referrers' && to.edgeTypes.has(edge.type))
    add(hosts, edge.to, edge.from);
  const from = candidates.get(edge.from);
  if (from && from !== 'namespace' && from.on === 'targets' && from.edgeTypes.has(edge.type))
    add(hosts, edge.from, edge.to);
}
