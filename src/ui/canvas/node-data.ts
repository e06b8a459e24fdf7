import type { GraphNode } from '../../core/graph/types.ts';
import { headerHeight, rowHeight } from '../../core/layout/geometry.ts';
import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP } from '../../core/model/kinds.ts';
import type { Resource } from '../../core/model/resource.ts';
import type { CanvasNodeData, CanvasNodeType, RowView } from './flow-types.ts';
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

const NODE_TYPES = new Map<string, CanvasNodeType>([
  [`${GATEWAY_GROUP}/Gateway`, 'gateway'],
  [`${GATEWAY_GROUP}/ListenerSet`, 'gateway'],
  [`${GATEWAY_GROUP}/HTTPRoute`, 'route'],
  [`${GATEWAY_GROUP}/GRPCRoute`, 'route'],
  [`${GATEWAY_GROUP}/TCPRoute`, 'streamRoute'],
  [`${GATEWAY_GROUP}/TLSRoute`, 'streamRoute'],
  [`${GATEWAY_GROUP}/UDPRoute`, 'streamRoute'],
  [`${GATEWAY_GROUP}/GatewayClass`, 'gatewayClass'],
  [`${GATEWAY_GROUP}/ReferenceGrant`, 'referenceGrant'],
  [`${ISTIO_GROUP}/Gateway`, 'istioGateway'],
  [`${ISTIO_GROUP}/VirtualService`, 'virtualService'],
  [`${ISTIO_GROUP}/DestinationRule`, 'destinationRule'],
  [`${CORE_GROUP}/Service`, 'service'],
]);

/** Which node component draws a graph box. */
export function nodeTypeOf(node: GraphNode): CanvasNodeType {
  if (node.type === 'missing') return 'ghost';
  return NODE_TYPES.get(`${node.group}/${node.kind}`) ?? 'plain';
}

function kindLabel(node: GraphNode): string {
  if (node.type === 'mesh') return 'Istio mesh';
  const istioGateway = node.group === ISTIO_GROUP && node.kind === 'Gateway';
  const kind = istioGateway ? 'Gateway (Istio)' : node.kind;
  return node.type === 'missing' ? `${kind} · missing` : kind;
}

function detailOf(node: GraphNode, value: Json): string | undefined {
  if (node.type === 'missing') return undefined;
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

function rowOf(owner: GraphNode, part: GraphNode, value: Json): RowView {
  const at = part.path ? getIn(value, part.path) : undefined;
  const base = { id: part.id, label: part.label, height: rowHeight(part.type), ghost: false };
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

/** The data a node component renders for a box, from its graph node, parts and resource. */
export function nodeDataOf(
  node: GraphNode,
  rows: readonly GraphNode[],
  resource: Resource | undefined,
): CanvasNodeData {
  const value = resource?.value;
  return {
    node,
    kindLabel: kindLabel(node),
    namespace: node.namespace,
    detail: detailOf(node, value),
    headerHeight: headerHeight(node),
    rows: rows.map((part) => rowOf(node, part, value)),
    ghost: node.type === 'missing',
  };
}
