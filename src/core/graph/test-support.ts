import { createDesign } from '../design/design.ts';
import { buildGraph } from './build.ts';
import type { Graph, GraphEdge, GraphEdgeType } from './types.ts';

/** Test helper: the graph of one inline YAML file (default namespace `default`). */
export function graphOf(yaml: string): Graph {
  return buildGraph(createDesign([{ name: 'test.yaml', text: yaml }]));
}

/** Test helper: the edges of one type, as `from -> to` strings for readable assertions. */
export function links(graph: Graph, type: GraphEdgeType): string[] {
  return graph.edges.filter((e) => e.type === type).map((e) => `${e.from} -> ${e.to}`);
}

/** Test helper: the only edge of a type from a node to another; fails the test otherwise. */
export function edgeBetween(
  graph: Graph,
  from: string,
  to: string,
  type: GraphEdgeType,
): GraphEdge {
  const found = graph.edges.filter((e) => e.from === from && e.to === to && e.type === type);
  if (found.length !== 1) {
    throw new Error(`expected one ${type} edge ${from} -> ${to}, found ${found.length}`);
  }
  return found[0]!;
}

/** Test helper: fails unless both ends of every edge are nodes and ids are unique. */
export function assertWellFormed(graph: Graph): void {
  for (const edge of graph.edges) {
    if (!graph.nodeById.has(edge.from)) throw new Error(`edge ${edge.id}: no node ${edge.from}`);
    if (!graph.nodeById.has(edge.to)) throw new Error(`edge ${edge.id}: no node ${edge.to}`);
  }
  if (new Set(graph.nodes.map((n) => n.id)).size !== graph.nodes.length) {
    throw new Error('duplicate node ids');
  }
  if (graph.nodeById.size !== graph.nodes.length) throw new Error('nodeById out of sync');
  if (new Set(graph.edges.map((e) => e.id)).size !== graph.edges.length) {
    throw new Error('duplicate edge ids');
  }
  for (const node of graph.nodes) {
    if (node.parent !== undefined && !graph.nodeById.has(node.parent)) {
      throw new Error(`node ${node.id}: no parent ${node.parent}`);
    }
  }
}
