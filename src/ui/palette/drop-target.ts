import { roleRank } from '../../core/layout/columns.ts';
import type { GraphNode } from '../../core/graph/types.ts';
import type { NodePosition } from '../../store/index.ts';

/**
 * The graph node under a point of the page: a node's part row, or the node itself. Rows and
 * nodes are found by what the canvas renders for them (`canvas.row.<id>`, React Flow's node).
 */
export function dropTargetAt(x: number, y: number): string | undefined {
  for (const element of document.elementsFromPoint(x, y)) {
    const row = element.closest('[data-testid^="canvas.row."]');
    if (row) return row.getAttribute('data-testid')!.slice('canvas.row.'.length);
    const node = element.closest('.react-flow__node');
    if (node) return node.getAttribute('data-id') ?? undefined;
  }
  return undefined;
}

export interface Rect extends NodePosition {
  width: number;
  height: number;
}

/** Space left between the dropped node and its neighbours (room for an edge and its label). */
const GAP = { x: 80, y: 16 };

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a node dropped onto `target` goes: in the column it belongs to (right of the target when
 * it comes later in the flow, gateways → routes → backends; left otherwise), level with the
 * target, moved down past the nodes already there.
 */
export function placeBeside(
  added: GraphNode,
  target: GraphNode,
  targetRect: Rect,
  others: readonly Rect[],
): NodePosition {
  // The new node is not measured yet: take it to be about the target's size.
  const { width, height } = targetRect;
  const right = (roleRank(added) ?? 99) > (roleRank(target) ?? 99);
  const x = right ? targetRect.x + width + GAP.x : targetRect.x - width - GAP.x;
  const spot: Rect = { x, y: targetRect.y, width, height };
  for (let moved = true; moved;) {
    moved = false;
    for (const other of others)
      if (overlaps(spot, other)) {
        spot.y = other.y + other.height + GAP.y;
        moved = true;
      }
  }
  return { x: spot.x, y: spot.y };
}
