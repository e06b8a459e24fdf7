import { Position, type NodeHandle } from '@xyflow/react';
import { handleOffset } from '../../core/layout/geometry.ts';
import type { LayoutStructure } from '../../core/layout/structure.ts';
import { handleId } from './flow-types.ts';

/*
 * Where React Flow will measure a node's handles, relative to the node's top-left corner, as the
 * canvas CSS renders them: a 1 px node border, handles 10 px square centred on the row, the left
 * one's box starting 1 px outside the node, the right one ending 4 px outside it.
 */
const BORDER = 1;
const HANDLE_SIZE = 10;
const LEFT_X = -1;
const RIGHT_X = 274;

/**
 * Handles for a node React Flow has not measured yet, from the layout geometry. Without them
 * React Flow renders every unmeasured node once to measure it, even with
 * `onlyRenderVisibleElements`: thousands of nodes on opening a large design, only to throw away
 * all but the visible ones. With them only visible nodes render, and edges to nodes outside the
 * view still end at the right rows.
 */
export function estimatedHandles(structure: LayoutStructure, box: number): NodeHandle[] {
  const node = structure.boxes[box]!;
  const rows = structure.rows[box]!;
  const handles: NodeHandle[] = [];
  const add = (id: string, rowIndex: number) => {
    const y = BORDER + handleOffset(node, rows, rowIndex) - HANDLE_SIZE / 2;
    const size = { width: HANDLE_SIZE, height: HANDLE_SIZE };
    handles.push(
      { id: handleId(id, 'in'), type: 'target', position: Position.Left, x: LEFT_X, y, ...size },
      { id: handleId(id, 'out'), type: 'source', position: Position.Right, x: RIGHT_X, y, ...size },
    );
  };
  add(node.id, -1);
  rows.forEach((row, i) => add(row.id, i));
  return handles;
}
