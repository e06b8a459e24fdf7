import type { Graph } from '../graph/types.ts';
import { assignColumns } from './columns.ts';
import { estimateSize, handleOffset } from './geometry.ts';
import { buildLayers, type Layers } from './layers.ts';
import { orderColumns, type GroupOf } from './order.ts';
import { placeColumns } from './place.ts';
import { layoutStructure, type Anchor, type LayoutStructure } from './structure.ts';

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

export interface LayoutOptions {
  /** Prefer orders that keep each namespace's boxes together in a column (default true). */
  groupNamespaces?: boolean;
}

/** Offset from a box's top of the handle an anchor stands for. */
export function anchorOffset(structure: LayoutStructure, anchor: Anchor): number {
  return handleOffset(structure.boxes[anchor.box]!, structure.rows[anchor.box]!, anchor.row);
}

/**
 * Lays the graph out in columns by role (GatewayClass → Gateways → ListenerSets → Routes →
 * DestinationRules → Services; grants and policies right of what they point at; other
 * referenced objects right of their referrers), ordered within columns to keep crossings few and
 * namespaces together, and placed so edges run as level as the order allows.
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
  const structure = layoutStructure(graph);
  const { boxes, rows } = structure;
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
  const order = bestOrder(layers, initial, (v) =>
    options.groupNamespaces === false ? undefined : boxes[v]?.namespace,
  );

  const boxSizes = boxes.map((box, b) => sizes?.get(box.id) ?? estimateSize(box, rows[b]!));
  const placed = placeColumns(
    order.map((column) => column.filter((v) => v < boxes.length)),
    boxSizes,
    structure.links
      .filter((link) => columns[link.from.box] !== columns[link.to.box])
      .map((link) => ({
        a: link.from.box,
        aOffset: anchorOffset(structure, link.from),
        b: link.to.box,
        bOffset: anchorOffset(structure, link.to),
      })),
  );
  const result = new Map<string, NodeBox>();
  boxes.forEach((box, b) =>
    result.set(box.id, { x: placed.x[b]!, y: placed.y[b]!, ...boxSizes[b]! }),
  );
  return result;
}

/**
 * Orders from a few deterministic starts (name order and its reverse, first sweep down or up,
 * with and without namespace groups) and keeps the one with the fewest crossings, preferring
 * namespace groups on a tie: they read well, but can cost many crossings (every team's routes
 * on one Gateway).
 */
function bestOrder(layers: Layers, initial: number[][], namespaceOf: GroupOf): number[][] {
  const reversed = initial.map((column) => column.slice().reverse());
  const noGroups: GroupOf = () => undefined;
  let best = orderColumns(layers, initial, noGroups);
  let bestGrouped = false;
  for (const grouped of [false, true]) {
    for (const start of [initial, reversed]) {
      for (const upFirst of [false, true]) {
        if (!grouped && start === initial && !upFirst) continue; // the first attempt, above
        // A zero-crossing order cannot be beaten, only tied by a grouped one.
        if (best.crossings === 0 && (bestGrouped || !grouped)) continue;
        const giveUpAbove = best.crossings;
        const result = orderColumns(layers, start, grouped ? namespaceOf : noGroups, {
          upFirst,
          giveUpAbove,
        });
        const tieWon = grouped && !bestGrouped && result.crossings === best.crossings;
        if (result.crossings < best.crossings || tieWon) {
          best = result;
          bestGrouped = grouped;
        }
        // Groups that lose clearly from the first start will not win from the others.
        if (grouped && result.crossings > 2 * giveUpAbove + 10) return best.order;
      }
    }
  }
  return best.order;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
