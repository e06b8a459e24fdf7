import type { GraphNode, GraphNodeType } from '../graph/types.ts';

/**
 * Fixed geometry shared by the layout and the canvas: the canvas renders node headers and part
 * rows at exactly these heights, so the layout can place nodes (and count crossings at the right
 * handles) before anything has been measured in a browser.
 */
export const NODE_WIDTH = 280;
/** Colour band + namespace, kind and name lines. */
export const HEADER_HEIGHT = 56;
/** Extra header line for kinds that show hostnames or ports. */
export const DETAIL_LINE_HEIGHT = 20;
/** Horizontal space between columns (room for edge labels). */
export const COLUMN_GAP = 140;
/** Vertical space between nodes of one column. */
export const NODE_GAP = 24;

const TWO_LINE_ROW = 40;
const ONE_LINE_ROW = 24;

/** Height of one part row inside its resource node. */
export function rowHeight(type: GraphNodeType): number {
  return type === 'rule' || type === 'http-route' || type === 'tcp-route' || type === 'tls-route'
    ? TWO_LINE_ROW
    : ONE_LINE_ROW;
}

const KINDS_WITH_DETAIL_LINE = new Set([
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'VirtualService',
  'Service',
  'DestinationRule',
]);

/** Height of a node's header: the detail line holds hostnames (routes), ports or the host. */
export function headerHeight(node: Pick<GraphNode, 'kind' | 'type'>): number {
  return node.type !== 'missing' && KINDS_WITH_DETAIL_LINE.has(node.kind)
    ? HEADER_HEIGHT + DETAIL_LINE_HEIGHT
    : HEADER_HEIGHT;
}

/** Size of a node with the given rows, before the browser measures it. */
export function estimateSize(
  node: Pick<GraphNode, 'kind' | 'type'>,
  rows: readonly Pick<GraphNode, 'type'>[],
): { width: number; height: number } {
  let height = headerHeight(node);
  for (const row of rows) height += rowHeight(row.type);
  return { width: NODE_WIDTH, height };
}

/**
 * Vertical offset, from the node's top, of the handle of row `rowIndex` (or of the node's own
 * handle, in the header, when `rowIndex` is -1).
 */
export function handleOffset(
  node: Pick<GraphNode, 'kind' | 'type'>,
  rows: readonly Pick<GraphNode, 'type'>[],
  rowIndex: number,
): number {
  if (rowIndex < 0) return HEADER_HEIGHT / 2;
  let y = headerHeight(node);
  for (let i = 0; i < rowIndex; i++) y += rowHeight(rows[i]!.type);
  return y + rowHeight(rows[rowIndex]!.type) / 2;
}
