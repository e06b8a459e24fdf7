import type { Design } from '../../core/design/design.ts';
import type { Graph, GraphNode } from '../../core/graph/types.ts';
import type { NodeBox } from '../../core/layout/layout.ts';
import type { LayoutStructure } from '../../core/layout/structure.ts';
import type { NodePosition } from '../../store/index.ts';
import type { CanvasNode, CanvasNodeData } from './flow-types.ts';
import { estimatedHandles } from './handle-estimate.ts';
import { nodeDataOf, nodeTypeOf } from './node-data.ts';

export interface NodeInput {
  /** The design the graph was built from (while stale, the last one that parsed). */
  design: Design;
  graph: Graph;
  structure: LayoutStructure;
  layout: ReadonlyMap<string, NodeBox>;
  positions: Readonly<Record<string, NodePosition>>;
  selection: readonly string[];
  /** Boxes drawn inside their namespace's frame. */
  framed: ReadonlySet<string>;
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
  structure: LayoutStructure;
  framed: boolean;
  data: CanvasNodeData;
  /** The data with a selected row or chip, kept while that part stays selected. */
  withPart?: CanvasNodeData;
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
  return ({ design, graph, structure, layout, positions, selection, framed, measuredOf }) => {
    const { boxes, rows, anchors } = structure;
    const selectedParts = new Map<string, string>();
    const selectedBoxes = new Set<string>();
    for (const id of selection) {
      const anchor = anchors.get(id);
      if (anchor) {
        const box = boxes[anchor.box]!.id;
        selectedBoxes.add(box);
        if (anchor.row >= 0) selectedParts.set(box, id);
        continue;
      }
      // A supporting object shown as chips: the chips are what is selected.
      for (const host of structure.supporting.shownOn.get(id) ?? []) {
        const at = anchors.get(host);
        if (at) selectedParts.set(boxes[at.box]!.id, id);
      }
    }
    const next = new Map<string, CanvasNode>();
    const nodes = boxes.map((box, b) => {
      const resource = design.byKey.get(box.id);
      const parts = rows[b]!;
      const rowsKey = rowsKeyOf(parts);
      const isFramed = framed.has(box.id);
      let cached = dataCache.get(box.id);
      if (
        !cached ||
        cached.node !== box ||
        cached.resource !== resource ||
        cached.rowsKey !== rowsKey ||
        cached.framed !== isFramed ||
        // Another structure may carry other chips (a reused one keeps its links array).
        (cached.structure !== structure && cached.structure.links !== structure.links)
      ) {
        cached = {
          node: box,
          resource,
          rowsKey,
          structure,
          framed: isFramed,
          data: nodeDataOf(graph, structure, b, resource, isFramed),
        };
        dataCache.set(box.id, cached);
      }
      const selectedPart = selectedParts.get(box.id);
      if (selectedPart && cached.withPart?.selectedPart !== selectedPart)
        cached.withPart = { ...cached.data, selectedPart };
      const data = selectedPart ? cached.withPart! : cached.data;
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
