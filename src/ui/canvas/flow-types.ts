import type { Edge, Node } from '@xyflow/react';
import type { EdgeLabel } from '../../core/diagram/edge-labels.ts';
import type { IconName } from '../../core/diagram/icons.ts';
import type { NodeText } from '../../core/diagram/node-text.ts';
import type { GraphEdgeType, GraphNode } from '../../core/graph/types.ts';

/** What a canvas node shows: derived from the graph and the resource, never edited directly. */
export interface CanvasNodeData extends Record<string, unknown> {
  node: GraphNode;
  /** Kind, name, namespace, detail line, chips and rows: the same text the SVG diagram draws. */
  text: NodeText;
  icon: IconName;
  width: number;
  headerHeight: number;
  /** The node names its namespace itself (it is outside its namespace's frame). */
  showNamespace: boolean;
  /** An expanded supporting object, which can go back to being a chip. */
  collapsible: boolean;
  /** The row or chip selected (from the YAML cursor or a click), if any. */
  selectedPart?: string;
}

export type CanvasNodeType =
  | 'gateway'
  | 'route'
  | 'streamRoute'
  | 'service'
  | 'istioGateway'
  | 'virtualService'
  | 'destinationRule'
  | 'gatewayClass'
  | 'referenceGrant'
  | 'plain'
  | 'ghost';

export type CanvasNode = Node<CanvasNodeData, CanvasNodeType>;

export interface CanvasEdgeData extends Record<string, unknown> {
  type: GraphEdgeType;
  /** Share of the rule's traffic (`90%`, with `w 9` under it when the weight differs). */
  label: EdgeLabel | undefined;
  /** The edge ends at a missing object. */
  missing: boolean;
}

export type CanvasEdge = Edge<CanvasEdgeData, 'ref'>;

/** Handle ids: `<graph node id>|in` (left side) and `<graph node id>|out` (right side). */
export function handleId(graphNodeId: string, side: 'in' | 'out'): string {
  return `${graphNodeId}|${side}`;
}

/** The graph node a handle stands for (the row's part, or the node itself). */
export function handleTarget(handle: string | null | undefined, nodeId: string): string {
  if (!handle) return nodeId;
  const bar = handle.lastIndexOf('|');
  return bar < 0 ? handle : handle.slice(0, bar);
}
