import type { Layers, Segment } from './layers.ts';

/** Orders one connected component; its vertices are numbered from 0 (`vertices[local]` is global). */
export type OrderComponent = (
  layers: Layers,
  initial: number[][],
  vertices: readonly number[],
) => number[][];

/**
 * Orders every connected component of the layered graph on its own, in the order their first
 * vertices appear in `initial` (column by column); returns each component's columns (global
 * vertex ids). Each component is small enough for the sweeps to find a good order; ordered all
 * together, unrelated designs interleave and their sweeps pull on each other.
 */
export function orderByComponent(
  layers: Layers,
  initial: readonly (readonly number[])[],
  orderComponent: OrderComponent,
): number[][][] {
  const { columnOf, columnCount, segments } = layers;
  const root = Int32Array.from(columnOf, (_, v) => v);
  const find = (v: number) => {
    while (root[v] !== v) {
      root[v] = root[root[v]!]!;
      v = root[v]!;
    }
    return v;
  };
  for (const layer of segments) for (const s of layer) root[find(s.lo)] = find(s.hi);

  const componentOf = new Map<number, number>();
  const local = new Int32Array(columnOf.length);
  const parts: { vertices: number[]; initial: number[][]; segments: Segment[][] }[] = [];
  initial.forEach((column, c) =>
    column.forEach((v) => {
      const r = find(v);
      let k = componentOf.get(r);
      if (k === undefined) {
        k = parts.length;
        componentOf.set(r, k);
        parts.push({
          vertices: [],
          initial: Array.from({ length: columnCount }, () => []),
          segments: segments.map(() => []),
        });
      }
      const part = parts[k]!;
      local[v] = part.vertices.length;
      part.vertices.push(v);
      part.initial[c]!.push(local[v]!);
    }),
  );
  segments.forEach((layer, c) => {
    for (const s of layer) {
      parts[componentOf.get(find(s.lo))!]!.segments[c]!.push({
        ...s,
        lo: local[s.lo]!,
        hi: local[s.hi]!,
      });
    }
  });

  return parts.map((part) => {
    const componentLayers: Layers = {
      columnOf: part.vertices.map((v) => columnOf[v]!),
      columnCount,
      segments: part.segments,
    };
    return orderComponent(componentLayers, part.initial, part.vertices).map((column) =>
      column.map((v) => part.vertices[v]!),
    );
  });
}
