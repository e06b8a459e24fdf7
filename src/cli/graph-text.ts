import type { Design } from '../core/design/design.ts';
import type { Graph, GraphNode } from '../core/graph/types.ts';
import { resourceLines } from './resource-lines.ts';

/** `Kind ns/name` or `Kind name`. */
function objectName(node: { kind: string; namespace?: string; name: string }): string {
  return node.namespace === undefined
    ? `${node.kind} ${node.name}`
    : `${node.kind} ${node.namespace}/${node.name}`;
}

/** How a node reads in an edge list: `HTTPRoute default/web › rule 0`, `Service default/x (missing)`. */
export function describeNode(graph: Graph, id: string): string {
  const node = graph.nodeById.get(id);
  if (!node) return id;
  if (node.type === 'mesh') return 'mesh';
  const missing = node.type === 'missing' ? ' (missing)' : '';
  if (node.parent !== undefined)
    return `${describeNode(graph, node.parent)} › ${node.label}${missing}`;
  return `${objectName(node)}${missing}`;
}

/** A part's line in the node list: its label, prefixed by its type unless the label says it. */
function partLine(node: GraphNode): string {
  return node.label.startsWith(node.type) ? node.label : `${node.type} ${node.label}`;
}

function section(title: string, lines: readonly string[]): string {
  return `${title} (${lines.length})\n${lines.map((l) => `  ${l}\n`).join('')}`;
}

/** The human-readable `graph` output: resources with their location, nodes by owner, edges. */
export function graphText(design: Design, graph: Graph): string {
  const lines = resourceLines(design);
  const names = design.resources.map(objectName);
  const width = Math.max(0, ...names.map((n) => n.length));
  const resources = design.resources.map(
    (r, i) => `${names[i]!.padEnd(width)}  ${r.file}:${lines.get(r) ?? 1}`,
  );

  const partsByParent = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    if (node.parent === undefined) continue;
    const parts = partsByParent.get(node.parent) ?? [];
    parts.push(node);
    partsByParent.set(node.parent, parts);
  }
  const nodes: string[] = [];
  for (const node of graph.nodes) {
    if (node.parent !== undefined && graph.nodeById.has(node.parent)) continue;
    nodes.push(describeNode(graph, node.id));
    for (const part of partsByParent.get(node.id) ?? []) nodes.push(`  ${partLine(part)}`);
  }

  const edges = graph.edges.map((e) => {
    const weight = e.weight === undefined ? '' : `, weight ${e.weight}`;
    const cross = e.crossNamespace ? ', cross-namespace' : '';
    return `${describeNode(graph, e.from)} → ${describeNode(graph, e.to)}  (${e.type}${weight}${cross})`;
  });

  return [section('Resources', resources), section('Nodes', nodes), section('Edges', edges)].join(
    '\n',
  );
}
