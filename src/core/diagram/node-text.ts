import type { Graph, GraphNode } from '../graph/types.ts';
import { hasDetailLine, rowHeight } from '../layout/geometry.ts';
import type { LayoutStructure } from '../layout/structure.ts';
import { ISTIO_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { asList, asRecord, getIn, text, type Json } from './read-value.ts';
import {
  istioHttpMatchSummary,
  istioRouteActionSummary,
  listenerSummary,
  ruleActionSummary,
  ruleMatchSummary,
  serverSummary,
  servicePortsSummary,
  subsetSummary,
} from './summaries.ts';

/** A supporting object shown on what it serves (see `supportingView`). */
export interface ChipText {
  /** The supporting object's graph node id. */
  id: string;
  kind: string;
  /** What the chip says: the object's name, with its namespace when that differs. */
  label: string;
  /** The longer description for a tooltip. */
  title: string;
  /** The object is referenced but not in the design. */
  missing: boolean;
}

/** A part shown as a row of its resource node. */
export interface RowText {
  /** The part's graph node id. */
  id: string;
  label: string;
  line1: string;
  line2?: string;
  height: number;
  /** A missing part (e.g. a parentRef sectionName no listener has). */
  ghost: boolean;
  chips: readonly ChipText[];
}

/** What a node shows, the same on the canvas and in the SVG diagram. */
export interface NodeText {
  kindLabel: string;
  name: string;
  namespace: string | undefined;
  /** Hostnames, hosts, ports or the DestinationRule host (the header's detail line). */
  detail: string | undefined;
  chips: readonly ChipText[];
  rows: readonly RowText[];
  ghost: boolean;
}

/** `Gateway`, `Gateway (Istio)`, `Service · missing`, `Istio mesh`. */
function kindLabelOf(node: GraphNode): string {
  if (node.type === 'mesh') return 'Istio mesh';
  const istioGateway = node.group === ISTIO_GROUP && node.kind === 'Gateway';
  const kind = istioGateway ? 'Gateway (Istio)' : node.kind;
  return node.type === 'missing' ? `${kind} · missing` : kind;
}

function detailOf(node: GraphNode, value: Json): string | undefined {
  if (!hasDetailLine(node)) return undefined;
  const spec = asRecord(asRecord(value).spec);
  switch (node.kind) {
    case 'HTTPRoute':
    case 'GRPCRoute':
    case 'TLSRoute': {
      const hosts = asList(spec.hostnames).map(text);
      return hosts.length ? hosts.join(', ') : 'any hostname';
    }
    case 'VirtualService': {
      const hosts = asList(spec.hosts).map(text);
      return hosts.length ? hosts.join(', ') : 'no hosts';
    }
    case 'Service':
      return servicePortsSummary(value);
    case 'DestinationRule':
      return `host ${text(spec.host) || '?'}`;
    default:
      return undefined;
  }
}

const CHIP_ROLES: Readonly<Record<string, string>> = {
  GatewayClass: 'class',
  Secret: 'certificate',
  ConfigMap: 'CA certificates',
  ReferenceGrant: 'grant',
  BackendTLSPolicy: 'backend TLS',
};

const grantSources = new WeakMap<Graph, Map<string, string[]>>();

/** The namespaces each ReferenceGrant lets references come from (indexed once per graph). */
function grantedFrom(graph: Graph, grant: string): readonly string[] {
  let index = grantSources.get(graph);
  if (!index) {
    index = new Map();
    for (const edge of graph.edges) {
      if (edge.type !== 'grant-from') continue;
      const name = graph.nodeById.get(edge.to)?.name ?? edge.to;
      const list = index.get(edge.from);
      if (list) list.push(name);
      else index.set(edge.from, [name]);
    }
    grantSources.set(graph, index);
  }
  return index.get(grant) ?? [];
}

/**
 * The chip of a supporting object, named as seen from `host` (namespace only when it differs); a
 * ReferenceGrant says whom it lets in.
 */
function chipTextOf(graph: Graph, node: GraphNode, host: GraphNode): ChipText {
  const other = node.namespace !== undefined && node.namespace !== host.namespace;
  const name = other ? `${node.namespace}/${node.name}` : node.name;
  const from = node.kind === 'ReferenceGrant' ? grantedFrom(graph, node.id) : [];
  const label = from.length ? `from ${from.join(', ')}` : name;
  const role = CHIP_ROLES[node.kind] ?? node.kind;
  const missing = node.type === 'missing';
  return {
    id: node.id,
    kind: node.kind,
    label,
    title: `${role}: ${node.kind} ${name}${from.length ? ` (${label})` : ''}${missing ? ' (not in the design)' : ''}`,
    missing,
  };
}

function rowOf(
  owner: GraphNode,
  part: GraphNode,
  value: Json,
  chips: readonly ChipText[],
): RowText {
  const at = part.path ? getIn(value, part.path) : undefined;
  const base = {
    id: part.id,
    label: part.label,
    height: rowHeight(part.type, chips.length > 0),
    ghost: false,
    chips,
  };
  switch (part.type) {
    case 'listener':
      return { ...base, line1: listenerSummary(at) };
    case 'server':
      return { ...base, line1: serverSummary(at) };
    case 'subset':
      return { ...base, line1: subsetSummary(at) };
    case 'rule': {
      const match = ruleMatchSummary(owner.kind, at);
      const action = ruleActionSummary(at);
      return match ? { ...base, line1: match, line2: action } : { ...base, line1: action };
    }
    case 'http-route':
    case 'tcp-route':
    case 'tls-route':
      return { ...base, line1: istioHttpMatchSummary(at), line2: istioRouteActionSummary(at) };
    default:
      return { ...base, line1: 'missing', ghost: part.type === 'missing' };
  }
}

/** The chips a box or row of the structure carries. */
export function chipsOn(graph: Graph, structure: LayoutStructure, host: GraphNode): ChipText[] {
  const ids = structure.supporting.chips.get(host.id) ?? [];
  const chips = ids.flatMap((id) => {
    const node = graph.nodeById.get(id);
    return node ? [chipTextOf(graph, node, host)] : [];
  });
  // What the host uses (its class, its certificate) before what lets others in (grants).
  const grantsLast = (c: ChipText) => (c.kind === 'ReferenceGrant' ? 1 : 0);
  return chips.sort((a, b) => grantsLast(a) - grantsLast(b));
}

/** What box `b` of the structure shows, from its graph node, parts, chips and resource. */
export function nodeTextOf(
  graph: Graph,
  structure: LayoutStructure,
  b: number,
  resource: Resource | undefined,
): NodeText {
  const node = structure.boxes[b]!;
  const value = resource?.value;
  return {
    kindLabel: kindLabelOf(node),
    name: node.name,
    namespace: node.namespace,
    detail: detailOf(node, value),
    chips: chipsOn(graph, structure, node),
    rows: structure.rows[b]!.map((part) =>
      rowOf(node, part, value, chipsOn(graph, structure, part)),
    ),
    ghost: node.type === 'missing',
  };
}
