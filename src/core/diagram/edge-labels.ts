import type { Graph } from '../graph/types.ts';
import { formatShare } from '../traffic/split.ts';

/** Edge types that carry a share of a rule's traffic. */
const WEIGHTED = new Set(['backend', 'destination']);

/**
 * `90%` for each weighted edge: its share of the rule's traffic, from the traffic model
 * (`GraphEdge.share`). A backend that gets all of it has no label.
 */
export function weightLabels(graph: Graph): Map<string, string> {
  const labels = new Map<string, string>();
  for (const edge of graph.edges) {
    if (!WEIGHTED.has(edge.type) || edge.share === undefined || edge.share === 1) continue;
    labels.set(edge.id, formatShare(edge.share));
  }
  return labels;
}
