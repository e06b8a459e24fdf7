import type { Resource } from '../model/resource.ts';
import type { PendingRef } from './extract-types.ts';
import { edgeTypeOf } from './resolve.ts';
import type { GraphEdge, GraphNode } from './types.ts';

/**
 * Edges made for each reference by earlier builds. An edge depends only on its reference and
 * target id, so an unchanged resolution reuses the edge instead of rebuilding its id.
 */
export type EdgeCache = WeakMap<PendingRef, Map<string, GraphEdge>>;

/** Makes the edges of resolved references, reusing the ones earlier builds made. */
export class Linker {
  readonly edges: GraphEdge[] = [];

  constructor(
    /** Every node the edges may point at, for their namespaces. */
    private readonly nodeById: ReadonlyMap<string, GraphNode>,
    private readonly edgeCache: EdgeCache,
  ) {}

  link(source: Resource, ref: PendingRef, targets: readonly string[]): void {
    for (const to of targets) this.edges.push(this.edge(source, ref, to));
  }

  private edge(source: Resource, ref: PendingRef, to: string): GraphEdge {
    const made = this.edgeCache.get(ref);
    const known = made?.get(to);
    if (known) return known;
    const type = edgeTypeOf(ref);
    const edge: GraphEdge = {
      id: `${ref.from}->${to}:${type}@${ref.path.join('.')}`,
      from: ref.from,
      to,
      type,
      source: { resource: source.key, path: ref.path },
    };
    if (ref.via === 'object' || ref.via === 'host') {
      if (ref.weight !== undefined) edge.weight = ref.weight;
      if (ref.share !== undefined) edge.share = ref.share;
    }
    const toNamespace = this.nodeById.get(to)?.namespace;
    if (
      source.namespace !== undefined &&
      toNamespace !== undefined &&
      toNamespace !== source.namespace
    ) {
      edge.crossNamespace = true;
    }
    if (made) made.set(to, edge);
    else this.edgeCache.set(ref, new Map([[to, edge]]));
    return edge;
  }
}
