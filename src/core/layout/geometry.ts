import type { GraphNode, GraphNodeType } from '../graph/types.ts';
import type { LayoutStructure } from './structure.ts';

/*
 * Fixed geometry shared by the layout, the canvas and the SVG diagram: the canvas renders node
 * headers and part rows at exactly these heights, so the layout can place nodes (and count
 * crossings at the right handles) before anything has been measured in a browser.
 */

/** Font size of a node's name, in design pixels (zoom 1). */
export const NAME_FONT_PX = 13;
/** Font size of every other text in a node (kind, details, rows, chips, labels). */
export const TEXT_FONT_PX = 12;
/**
 * The smallest zoom at which names render at 12 px and details at 11 px or more on screen (the
 * usual desktop minimums), so the designer never opens a design smaller than this.
 */
export const READABLE_ZOOM = Math.max(12 / NAME_FONT_PX, 11 / TEXT_FONT_PX);

/** Kind line (icon, kind, namespace) + name line. */
export const HEADER_HEIGHT = 44;
/** Extra header line for kinds that show hostnames, ports or a host. */
export const DETAIL_LINE_HEIGHT = 18;
/** Extra line for the chips of supporting objects (class, certificate, grant, policy). */
export const CHIP_LINE_HEIGHT = 22;
/** Horizontal space between columns (room for edge labels between namespace frames). */
export const COLUMN_GAP = 56;
/** Vertical space between nodes of one column and one namespace frame. */
export const NODE_GAP = 16;
/** Space between a namespace frame's border and the nodes inside it. */
export const FRAME_PADDING = 8;
/** Height of a namespace frame's label, above its first node. */
export const FRAME_LABEL_HEIGHT = 20;
/** Vertical space between nodes of different namespace frames in one column. */
export const FRAME_GAP = NODE_GAP + 2 * FRAME_PADDING + FRAME_LABEL_HEIGHT;

const TWO_LINE_ROW = 40;
const ONE_LINE_ROW = 24;

/**
 * Node widths by kind: wide enough for what the kind shows (route matches, listener hosts) and
 * no wider, so three columns of a typical design fit a laptop's canvas at a readable zoom.
 */
const WIDTHS: Readonly<Record<string, number>> = {
  Gateway: 210,
  ListenerSet: 210,
  HTTPRoute: 220,
  GRPCRoute: 220,
  TLSRoute: 210,
  TCPRoute: 200,
  UDPRoute: 200,
  VirtualService: 220,
  DestinationRule: 190,
  Service: 150,
};
const DEFAULT_WIDTH = 160;

/** Width of a node of this kind. */
export function nodeWidth(node: Pick<GraphNode, 'kind' | 'type'>): number {
  if (node.type === 'mesh') return DEFAULT_WIDTH;
  return WIDTHS[node.kind] ?? DEFAULT_WIDTH;
}

/** Height of one part row inside its resource node. */
export function rowHeight(type: GraphNodeType, hasChips = false): number {
  const base =
    type === 'rule' || type === 'http-route' || type === 'tcp-route' || type === 'tls-route'
      ? TWO_LINE_ROW
      : ONE_LINE_ROW;
  return hasChips ? base + CHIP_LINE_HEIGHT - 4 : base;
}

const KINDS_WITH_DETAIL_LINE = new Set([
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'VirtualService',
  'Service',
  'DestinationRule',
]);

/** True when the node's header has a detail line (hostnames of routes, ports, the host). */
export function hasDetailLine(node: Pick<GraphNode, 'kind' | 'type'>): boolean {
  return node.type !== 'missing' && KINDS_WITH_DETAIL_LINE.has(node.kind);
}

/** Height of a node's header: name lines, the detail line, the chip line. */
export function headerHeight(node: Pick<GraphNode, 'kind' | 'type'>, hasChips = false): number {
  return (
    HEADER_HEIGHT +
    (hasDetailLine(node) ? DETAIL_LINE_HEIGHT : 0) +
    (hasChips ? CHIP_LINE_HEIGHT : 0)
  );
}

const hasChipsOn = (structure: LayoutStructure, id: string) =>
  (structure.supporting.chips.get(id)?.length ?? 0) > 0;

/** Height of box `b`'s header in the structure. */
export function boxHeaderHeight(structure: LayoutStructure, b: number): number {
  const node = structure.boxes[b]!;
  return headerHeight(node, hasChipsOn(structure, node.id));
}

/** Height of row `r` of box `b` in the structure. */
export function boxRowHeight(structure: LayoutStructure, b: number, r: number): number {
  const row = structure.rows[b]![r]!;
  return rowHeight(row.type, hasChipsOn(structure, row.id));
}

/** Size of box `b`, before the browser measures it. */
export function boxSize(structure: LayoutStructure, b: number): { width: number; height: number } {
  let height = boxHeaderHeight(structure, b);
  const rows = structure.rows[b]!;
  for (let r = 0; r < rows.length; r++) height += boxRowHeight(structure, b, r);
  return { width: nodeWidth(structure.boxes[b]!), height };
}

/**
 * Vertical offset, from the node's top, of the handle of row `rowIndex` (or of the node's own
 * handle, on its name, when `rowIndex` is -1).
 */
export function handleOffset(structure: LayoutStructure, b: number, rowIndex: number): number {
  if (rowIndex < 0) return HEADER_HEIGHT / 2;
  let y = boxHeaderHeight(structure, b);
  for (let r = 0; r < rowIndex; r++) y += boxRowHeight(structure, b, r);
  return y + boxRowHeight(structure, b, rowIndex) / 2;
}
