import type { Graph, GraphNode } from '../../core/graph/types.ts';
import { iconOf } from '../../core/diagram/icons.ts';
import { nodeTextOf } from '../../core/diagram/node-text.ts';
import { boxHeaderHeight, nodeWidth } from '../../core/layout/geometry.ts';
import type { LayoutStructure } from '../../core/layout/structure.ts';
import { isSupportingKind } from '../../core/layout/supporting.ts';
import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP } from '../../core/model/kinds.ts';
import type { Resource } from '../../core/model/resource.ts';
import type { CanvasNodeData, CanvasNodeType } from './flow-types.ts';

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

/**
 * The data a node component renders for box `b`: the text the diagram shows too (from its graph
 * node, parts, chips and resource), its icon and geometry. `framed`: its namespace's frame is
 * drawn around it, so the node does not repeat the namespace.
 */
export function nodeDataOf(
  graph: Graph,
  structure: LayoutStructure,
  b: number,
  resource: Resource | undefined,
  framed: boolean,
): CanvasNodeData {
  const node = structure.boxes[b]!;
  return {
    node,
    text: nodeTextOf(graph, structure, b, resource),
    icon: iconOf(node),
    width: nodeWidth(node),
    headerHeight: boxHeaderHeight(structure, b),
    showNamespace: !framed,
    collapsible: structure.expanded.has(node.id) && isSupportingKind(node),
  };
}
