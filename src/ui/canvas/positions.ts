import type { NodeBox } from '../../core/layout/layout.ts';
import type { NodePosition } from '../../store/index.ts';

/** A box where the canvas draws it: at its manual position if the person moved it, else laid out. */
export function boxAt(
  id: string,
  layout: ReadonlyMap<string, NodeBox>,
  positions: Readonly<Record<string, NodePosition>>,
): NodeBox | undefined {
  const laidOut = layout.get(id);
  const manual = positions[id];
  if (!laidOut) return undefined;
  return manual ? { ...laidOut, x: manual.x, y: manual.y } : laidOut;
}
