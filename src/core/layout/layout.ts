import type { Graph } from '../graph/types.ts';
import { assignColumns } from './columns.ts';
import { boxSize, FRAME_GAP, handleOffset, NODE_GAP } from './geometry.ts';
import { orderByComponent } from './components.ts';
import { buildLayers } from './layers.ts';
import { bestOrder } from './best-order.ts';
import type { GroupOf } from './order.ts';
import { placeColumns } from './place.ts';
import {
  layoutStructure,
  type Anchor,
  type LayoutStructure,
  type StructureOptions,
} from './structure.ts';

/** Where a box (a resource, a missing object or `mesh`) goes, top-left corner and size. */
export interface NodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface LayoutOptions extends StructureOptions {
  /** Prefer orders that keep each namespace's boxes together in a column (default true). */
  groupNamespaces?: boolean;
}

/** Consecutive boxes of one namespace in one column, top to bottom: a namespace frame. */
export interface NamespaceRun {
  namespace: string;
  column: number;
  /** Box ids, top to bottom. */
  members: readonly string[];
}

/** Where every box goes, and the namespace runs that frame them. */
export interface Layout {
  boxes: Map<string, NodeBox>;
  runs: readonly NamespaceRun[];
}

/** Offset from a box's top of the handle an anchor stands for. */
export function anchorOffset(structure: LayoutStructure, anchor: Anchor): number {
  return handleOffset(structure, anchor.box, anchor.row);
}

/**
 * Lays the graph out in columns by role (GatewayClass → Gateways → ListenerSets → Routes →
 * DestinationRules → Services; grants and policies right of what they point at; other
 * referenced objects right of their referrers), ordered within columns to keep crossings few and
 * namespaces together, and placed so edges run as level as the order allows; each connected
 * component is ordered and placed on its own, below the ones it shares columns with.
 *
 * Parts (listeners, rules, servers, routes, subsets) are rows inside their resource's box and get
 * no entry of their own. `sizes` overrides the estimated size of a box (e.g. measured in the
 * browser). Pure and deterministic: the same graph gives the same layout.
 */
export function layoutGraph(
  graph: Graph,
  sizes?: ReadonlyMap<string, Size>,
  options: LayoutOptions = {},
): Map<string, NodeBox> {
  return layoutStructureOf(layoutStructure(graph, undefined, options), sizes, options).boxes;
}

/**
 * `layoutGraph` of a structure already built (the canvas keeps one per graph), with the
 * namespace runs: boxes of one namespace next to each other in a column are kept a frame's
 * label and padding apart from other namespaces, so a frame can be drawn around them.
 */
export function layoutStructureOf(
  structure: LayoutStructure,
  sizes?: ReadonlyMap<string, Size>,
  options: LayoutOptions = {},
): Layout {
  const { boxes } = structure;
  const columns = assignColumns(structure);
  const layers = buildLayers(structure, columns);
  const initial: number[][] = Array.from({ length: layers.columnCount }, () => []);
  const sorted = boxes
    .map((box, b) => ({ box, b }))
    .sort(
      (p, q) =>
        compare(p.box.namespace ?? '', q.box.namespace ?? '') ||
        compare(p.box.kind, q.box.kind) ||
        compare(p.box.name, q.box.name) ||
        compare(p.box.id, q.box.id),
    );
  for (const { b } of sorted) initial[columns[b]!]!.push(b);
  for (let v = boxes.length; v < layers.columnOf.length; v++) initial[layers.columnOf[v]!]!.push(v);
  const namespaceOf: GroupOf = (v) =>
    options.groupNamespaces === false ? undefined : boxes[v]?.namespace;
  const components = orderByComponent(
    layers,
    initial,
    (componentLayers, componentInitial, vertices) =>
      bestOrder(componentLayers, componentInitial, (v) => namespaceOf(vertices[v]!)),
  );

  const boxSizes = boxes.map((box, b) => sizes?.get(box.id) ?? boxSize(structure, b));
  const ordered = components.map((order) =>
    order.map((column) => column.filter((v) => v < boxes.length)),
  );
  const sameFrame = (a: number, b: number) =>
    boxes[a]!.namespace !== undefined && boxes[a]!.namespace === boxes[b]!.namespace;
  const placed = placeColumns(
    ordered,
    boxSizes,
    structure.links
      .filter((link) => columns[link.from.box] !== columns[link.to.box])
      .map((link) => ({
        a: link.from.box,
        aOffset: anchorOffset(structure, link.from),
        b: link.to.box,
        bOffset: anchorOffset(structure, link.to),
      })),
    (a, b) => (sameFrame(a, b) ? NODE_GAP : FRAME_GAP),
    FRAME_GAP,
  );
  const result = new Map<string, NodeBox>();
  boxes.forEach((box, b) =>
    result.set(box.id, { x: placed.x[b]!, y: placed.y[b]!, ...boxSizes[b]! }),
  );
  return { boxes: result, runs: namespaceRuns(structure, ordered) };
}

function namespaceRuns(
  structure: LayoutStructure,
  components: readonly (readonly (readonly number[])[])[],
): NamespaceRun[] {
  const runs: NamespaceRun[] = [];
  for (const columns of components) {
    columns.forEach((column, c) => {
      let current: { namespace: string; column: number; members: string[] } | undefined;
      for (const b of column) {
        const box = structure.boxes[b]!;
        const namespace = box.namespace;
        if (namespace === undefined) current = undefined;
        else if (current?.namespace === namespace) current.members.push(box.id);
        else {
          current = { namespace, column: c, members: [box.id] };
          runs.push(current);
        }
      }
    });
  }
  return runs;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
