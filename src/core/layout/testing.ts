import type { Graph, GraphEdge, GraphEdgeType, GraphNode, GraphNodeType } from '../graph/types.ts';
import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP } from '../model/kinds.ts';

/** Test helpers: small graphs written by hand (ids follow the graph's id scheme). */
const GROUPS: Record<string, string> = {
  Service: CORE_GROUP,
  Secret: CORE_GROUP,
  Namespace: CORE_GROUP,
  VirtualService: ISTIO_GROUP,
  DestinationRule: ISTIO_GROUP,
  IstioGateway: ISTIO_GROUP,
};

/** A resource node; `IstioGateway` stands for the Istio `Gateway` kind. */
export function resource(kind: string, namespace: string | undefined, name: string): GraphNode {
  const group = GROUPS[kind] ?? GATEWAY_GROUP;
  const realKind = kind === 'IstioGateway' ? 'Gateway' : kind;
  const family = group === CORE_GROUP ? 'core' : group === ISTIO_GROUP ? 'istio' : 'gateway-api';
  return {
    id: `${group}/${realKind}/${namespace ?? ''}/${name}`,
    type: 'resource',
    family,
    group,
    kind: realKind,
    namespace,
    name,
    label: name,
  };
}

/** A part row of `owner` (`listener/http`, `rule/0`, …). */
export function part(owner: GraphNode, type: GraphNodeType, name: string, index = 0): GraphNode {
  return {
    ...owner,
    id: `${owner.id}#${type}/${name}`,
    type,
    label: name,
    parent: owner.id,
    index,
  };
}

export function edge(from: GraphNode, to: GraphNode, type: GraphEdgeType): GraphEdge {
  return {
    id: `${from.id}->${to.id}:${type}@x`,
    from: from.id,
    to: to.id,
    type,
    source: { resource: from.parent ?? from.id, path: [] },
  };
}

export function graphOf(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Graph {
  return { nodes, edges, nodeById: new Map(nodes.map((n) => [n.id, n])) };
}
