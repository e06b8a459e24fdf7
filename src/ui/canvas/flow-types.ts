import type { Edge, Node } from '@xyflow/react';
import type { GraphEdgeType, GraphNode } from '../../core/graph/types.ts';

/** A part shown as a row of its resource node, with its own handles. */
export interface RowView {
  /** The part's graph node id (also the row's handle id stem). */
  id: string;
  label: string;
  line1: string;
  line2?: string;
  height: number;
  /** A missing part (e.g. a parentRef sectionName no listener has). */
  ghost: boolean;
}

/** What a canvas node shows: derived from the graph and the resource, never edited directly. */
export interface CanvasNodeData extends Record<string, unknown> {
  node: GraphNode;
  kindLabel: string;
  namespace: string | undefined;
  /** Hostnames, hosts, ports or DestinationRule host (the header's detail line). */
  detail: string | undefined;
  headerHeight: number;
  rows: readonly RowView[];
  ghost: boolean;
  /** The row selected (from the YAML cursor or a click), if any. */
  selectedRow?: string;
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
  /** Weight as a share of the rule's backends, e.g. `90%`. */
  label: string | undefined;
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
