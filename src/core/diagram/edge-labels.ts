import type { Graph, GraphEdge } from '../graph/types.ts';

/** Edge types that carry a traffic weight. */
const WEIGHTED = new Set(['backend', 'destination']);

/** `90%` for a weighted edge among its siblings (same rule); undefined when it is alone at 100%. */
export function weightLabels(graph: Graph): Map<string, string> {
  const byRule = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    if (!WEIGHTED.has(edge.type)) continue;
    const list = byRule.get(edge.from);
    if (list) list.push(edge);
    else byRule.set(edge.from, [edge]);
  }
  const labels = new Map<string, string>();
  for (const edges of byRule.values()) {
    const total = edges.reduce((sum, e) => sum + (e.weight ?? 1), 0);
    for (const edge of edges) {
      const weight = edge.weight ?? 1;
      if (edges.length === 1 && weight > 0) continue;
      const share = total > 0 ? (100 * weight) / total : 0;
      labels.set(edge.id, `${Number.isInteger(share) ? share : share.toFixed(1)}%`);
    }
  }
  return labels;
}
