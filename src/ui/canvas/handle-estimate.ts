import { Position, type NodeHandle } from '@xyflow/react';
import { handleOffset, nodeWidth } from '../../core/layout/geometry.ts';
import type { LayoutStructure } from '../../core/layout/structure.ts';
import { handleId } from './flow-types.ts';

/*
 * Where React Flow will measure a node's handles, relative to the node's top-left corner, as the
 * canvas CSS renders them: a 1 px node border, each handle a 16 px square hit area centred on the
 * node's edge at its row's middle (the visible dot inside it is smaller).
 */
const BORDER = 1;
/** The handle's hit area: at least 12 px on screen at the readable zoom. */
const HANDLE_HIT_PX = 16;

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
  const width = nodeWidth(node);
  const handles: NodeHandle[] = [];
  const half = HANDLE_HIT_PX / 2;
  const add = (id: string, rowIndex: number) => {
    const y = BORDER + handleOffset(structure, box, rowIndex) - half;
    const size = { width: HANDLE_HIT_PX, height: HANDLE_HIT_PX };
    const left = BORDER - half;
    const right = width - BORDER - half;
    handles.push(
      { id: handleId(id, 'in'), type: 'target', position: Position.Left, x: left, y, ...size },
      { id: handleId(id, 'out'), type: 'source', position: Position.Right, x: right, y, ...size },
    );
  };
  add(node.id, -1);
  rows.forEach((row, i) => add(row.id, i));
  return handles;
}
