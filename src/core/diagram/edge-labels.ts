import type { Graph, GraphEdge } from '../graph/types.ts';
import { formatShare } from '../traffic/split.ts';

/** What a weighted or mirror edge says: its share, and under it what the share comes from. */
export interface EdgeLabel {
  /** `90%`: the share of the rule's traffic (for a mirror, the share copied). */
  text: string;
  /**
   * `w 9` when the weight as written is not the percentage itself (Gateway API weights are
   * relative; an Istio route's weights may not add up to 100), `no weight` for an Istio
   * destination without one, `mirror` for a mirror.
   */
  detail?: string;
}

/** Edge types that carry a share of a rule's traffic. */
const WEIGHTED = new Set(['backend', 'destination']);

function weightDetail(edge: GraphEdge, share: number): string | undefined {
  if (edge.weight === undefined) return edge.type === 'destination' ? 'no weight' : undefined;
  return Math.abs(edge.weight - share * 100) < 1e-9 ? undefined : `w ${edge.weight}`;
}

/**
 * The label of each weighted edge, from the traffic model (`GraphEdge.share`): every backend of
 * a rule that has several (so a 100 % / 0 % blue-green shows both), and every mirror. A rule's
 * only backend gets everything and has no label.
 */
export function weightLabels(graph: Graph): Map<string, EdgeLabel> {
  const backendsOf = new Map<string, number>();
  for (const edge of graph.edges)
    if (WEIGHTED.has(edge.type)) backendsOf.set(edge.from, (backendsOf.get(edge.from) ?? 0) + 1);
  const labels = new Map<string, EdgeLabel>();
  for (const edge of graph.edges) {
    if (edge.share === undefined) continue;
    if (edge.type === 'mirror') {
      labels.set(edge.id, { text: formatShare(edge.share), detail: 'mirror' });
      continue;
    }
    if (!WEIGHTED.has(edge.type)) continue;
    if (edge.share === 1 && (backendsOf.get(edge.from) ?? 0) < 2) continue;
    const detail = weightDetail(edge, edge.share);
    labels.set(
      edge.id,
      detail ? { text: formatShare(edge.share), detail } : { text: formatShare(edge.share) },
    );
  }
  return labels;
}
