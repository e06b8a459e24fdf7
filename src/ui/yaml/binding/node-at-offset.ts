import type { Design } from '../../../core/design/design.ts';
import { locateField, resourceAt } from '../../../core/design/locate.ts';
import type { Graph } from '../../../core/graph/types.ts';

/**
 * The graph node written at `offset` of `file`: the innermost part (listener, rule, server, …)
 * whose field contains the offset, else the resource itself.
 */
export function nodeAtOffset(
  design: Design,
  graph: Graph,
  file: string,
  offset: number,
): string | undefined {
  const resource = resourceAt(design, file, offset);
  if (!resource) return undefined;
  let best: { id: string; size: number } | undefined;
  for (const node of graph.nodes) {
    if (node.parent !== resource.key || !node.path) continue;
    const range = locateField(design, resource, node.path);
    if (!range || range.start.offset > offset || offset > range.end.offset) continue;
    const size = range.end.offset - range.start.offset;
    if (!best || size < best.size) best = { id: node.id, size };
  }
  return best?.id ?? (graph.nodeById.has(resource.key) ? resource.key : undefined);
}
