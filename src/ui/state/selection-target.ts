import type { Design } from '../../core/design/design.ts';
import { locateField, locateResource } from '../../core/design/locate.ts';
import type { Graph } from '../../core/graph/types.ts';
import type { Resource } from '../../core/model/resource.ts';
import type { SourceRange } from '../../core/source.ts';

/** The resource a graph node stands for or belongs to (none for missing objects and `mesh`). */
export function resourceOfNode(design: Design, graph: Graph, id: string): Resource | undefined {
  const node = graph.nodeById.get(id);
  if (!node) return design.byKey.get(id);
  return design.byKey.get(node.parent ?? node.id);
}

/** Where a graph node is written: a part's own field, or its resource's whole mapping. */
export function rangeOfNode(design: Design, graph: Graph, id: string): SourceRange | undefined {
  const resource = resourceOfNode(design, graph, id);
  if (!resource) return undefined;
  const path = graph.nodeById.get(id)?.path;
  return path ? locateField(design, resource, path) : locateResource(design, resource);
}
