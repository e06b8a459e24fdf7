import type { Design } from '../../core/design/design.ts';
import type { Graph, GraphNode } from '../../core/graph/types.ts';
import type { NodeBox } from '../../core/layout/layout.ts';
import type { NodePosition } from '../../store/index.ts';
import type { CanvasNode, CanvasNodeData } from './flow-types.ts';
import { estimatedHandles } from './handle-estimate.ts';
import { structureOf } from './layout-cache.ts';
import { nodeDataOf, nodeTypeOf } from './node-data.ts';

export interface NodeInput {
  design: Design;
  graph: Graph;
  layout: ReadonlyMap<string, NodeBox>;
  positions: Readonly<Record<string, NodePosition>>;
  selection: readonly string[];
  /**
   * The size React Flow measured for a node, if it has (read from its own store, never kept in
   * React state: a measurement must not re-derive the nodes).
   */
  measuredOf?: (id: string) => Size | undefined;
}

interface Size {
  width: number;
  height: number;
}

interface CachedData {
  node: unknown;
  resource: unknown;
  rowsKey: string;
  data: CanvasNodeData;
  /** The data with a selected row, kept while that row stays selected. */
  withRow?: CanvasNodeData;
}

const rowsKeys = new WeakMap<readonly GraphNode[], string>();

/** The ids of a box's rows, as one string (cached per rows array: reused structures keep them). */
function rowsKeyOf(rows: readonly GraphNode[]): string {
  let key = rowsKeys.get(rows);
  if (key === undefined) {
    key = rows.map((r) => r.id).join('\n');
    rowsKeys.set(rows, key);
  }
  return key;
}

/**
 * Derives React Flow nodes: one per box (resource, missing object, mesh), placed at the manual
 * position if the user moved it, else where the layout put it. Node objects are reused while
 * nothing they show changed, so React Flow and the memoized node components skip them; when no
 * node changed the previous array itself comes back, so React Flow does not re-adopt all nodes.
 */
export function createNodeDeriver(): (input: NodeInput) => CanvasNode[] {
  const dataCache = new Map<string, CachedData>();
  let previous = new Map<string, CanvasNode>();
  let previousNodes: CanvasNode[] = [];
  return ({ design, graph, layout, positions, selection, measuredOf }) => {
    const structure = structureOf(graph);
    const { boxes, rows, anchors } = structure;
    const selectedRows = new Map<string, string>();
    const selectedBoxes = new Set<string>();
    for (const id of selection) {
      const anchor = anchors.get(id);
      if (!anchor) continue;
      const box = boxes[anchor.box]!.id;
      selectedBoxes.add(box);
      if (anchor.row >= 0) selectedRows.set(box, id);
    }
    const next = new Map<string, CanvasNode>();
    const nodes = boxes.map((box, b) => {
      const resource = design.byKey.get(box.id);
      const parts = rows[b]!;
      const rowsKey = rowsKeyOf(parts);
      let cached = dataCache.get(box.id);
      if (
        !cached ||
        cached.node !== box ||
        cached.resource !== resource ||
        cached.rowsKey !== rowsKey
      ) {
        cached = { node: box, resource, rowsKey, data: nodeDataOf(box, parts, resource) };
        dataCache.set(box.id, cached);
      }
      const selectedRow = selectedRows.get(box.id);
      if (selectedRow && cached.withRow?.selectedRow !== selectedRow)
        cached.withRow = { ...cached.data, selectedRow };
      const data = selectedRow ? cached.withRow! : cached.data;
      const laidOut = layout.get(box.id);
      const at = positions[box.id] ?? laidOut ?? { x: 0, y: 0 };
      const selected = selectedBoxes.has(box.id);
      const old = previous.get(box.id);
      const reusable =
        old &&
        old.position.x === at.x &&
        old.position.y === at.y &&
        old.selected === selected &&
        old.data === data;
      if (reusable) {
        next.set(box.id, old);
        return old;
      }
      const measured = measuredOf?.(box.id);
      const node: CanvasNode = {
        id: box.id,
        type: nodeTypeOf(box),
        position: { x: at.x, y: at.y },
        data,
        selected,
        // A new node object without `measured` would make React Flow drop its handle bounds and
        // measure again; nodes outside the view are never rendered, hence never measured, and
        // React Flow leaves unmeasured nodes out of fitView: until React Flow has measured a
        // node, the layout's estimates of its size and handles stand in.
        measured:
          measured ?? (laidOut ? { width: laidOut.width, height: laidOut.height } : undefined),
        ...(measured ? {} : { handles: estimatedHandles(structure, b) }),
      };
      next.set(box.id, node);
      return node;
    });
    for (const id of dataCache.keys()) if (!next.has(id)) dataCache.delete(id);
    previous = next;
    const unchanged =
      nodes.length === previousNodes.length && nodes.every((n, i) => n === previousNodes[i]);
    if (!unchanged) previousNodes = nodes;
    return previousNodes;
  };
}
