import type { Command } from '../../core/commands/types.ts';
import type { FieldPath } from '../../core/diagnostics.ts';
import type { Graph, GraphEdge, GraphNode } from '../../core/graph/types.ts';
import { displayName } from '../../core/model/resource.ts';

/** What deleting a selection does, and what the user should confirm first. */
export interface DeletePlan {
  commands: Command[];
  /** Why the user should confirm (others reference what is removed); empty when safe. */
  warnings: string[];
}

/** The field holding a whole reference (a destination entry, a mirror filter), not its leaf. */
function referenceField(path: FieldPath): FieldPath {
  const filters = path.indexOf('filters');
  if (filters >= 0 && typeof path[filters + 1] === 'number') return path.slice(0, filters + 2);
  if (path[path.length - 1] === 'destination') return path.slice(0, -1);
  return path;
}

/** The command that removes one reference (edge) from the YAML. */
export function commandForEdge(edge: GraphEdge): Command | undefined {
  const { resource: key, path } = edge.source;
  if (edge.type === 'parent-ref' && path[1] === 'parentRefs' && typeof path[2] === 'number')
    return { type: 'detachParent', key, parent: path[2] };
  if (
    edge.type === 'backend' &&
    path[1] === 'rules' &&
    typeof path[2] === 'number' &&
    path[3] === 'backendRefs' &&
    typeof path[4] === 'number'
  )
    return { type: 'removeBackend', key, rule: path[2], backend: path[4] };
  if (path.length === 0) return undefined;
  return { type: 'removeField', key, path: referenceField(path) };
}

/** Removes a part (listener, rule, server, route, subset) from its resource. */
function commandForPart(part: GraphNode): Command | undefined {
  const key = part.parent!;
  if (part.type === 'listener') return { type: 'removeListener', key, name: part.label };
  if (part.type === 'rule' && part.index !== undefined)
    return { type: 'removeRule', key, rule: part.index };
  return part.path ? { type: 'removeField', key, path: part.path } : undefined;
}

/** Commands removing list items must run last-index first, or earlier removals shift the rest. */
function byDescendingIndex(a: Command, b: Command): number {
  const index = (c: Command) => {
    if (c.type === 'detachParent') return c.parent;
    if (c.type === 'removeBackend') return c.backend;
    if (c.type === 'removeRule') return c.rule;
    if (c.type !== 'removeField') return 0;
    const last = c.path[c.path.length - 1];
    return typeof last === 'number' ? last : 0;
  };
  return index(b) - index(a);
}

/**
 * Plans deleting canvas nodes and edges: resources are removed (with a warning when other
 * objects reference them), a missing (ghost) node's references are removed, edges become
 * detach / remove-backend / remove-field commands.
 */
export function planDelete(
  graph: Graph,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
  resourceKeys: ReadonlySet<string>,
): DeletePlan {
  const removed = new Set(nodeIds);
  const commands: Command[] = [];
  const warnings: string[] = [];
  const edgeCommands: Command[] = [];
  const edgeIdSet = new Set(edgeIds);
  for (const id of nodeIds) {
    const node = graph.nodeById.get(id);
    if (node?.type === 'missing') {
      for (const e of graph.edges)
        if (e.to === id || e.to.startsWith(`${id}#`)) edgeIdSet.add(e.id);
      continue;
    }
    if (node?.parent !== undefined && resourceKeys.has(node.parent)) {
      const command = commandForPart(node);
      if (command) commands.push(command);
      if (graph.edges.some((e) => e.to === id)) warnings.push(`${node.label} is referenced.`);
      continue;
    }
    if (!resourceKeys.has(id)) continue;
    commands.push({ type: 'removeResource', key: id });
    const referrers = new Set(
      graph.edges
        .filter(
          (e) => (e.to === id || e.to.startsWith(`${id}#`)) && !removed.has(e.source.resource),
        )
        .map((e) => e.source.resource),
    );
    if (referrers.size && node) {
      const names = [...referrers].map((key) => {
        const n = graph.nodeById.get(key);
        return n ? displayName({ ...n, namespace: n.namespace }) : key;
      });
      warnings.push(
        `${displayName({ ...node, namespace: node.namespace })} is referenced by ${names.join(', ')}.`,
      );
    }
  }
  for (const edge of graph.edges) {
    // Edges of removed resources go with them.
    if (!edgeIdSet.has(edge.id) || removed.has(edge.source.resource)) continue;
    const command = commandForEdge(edge);
    if (command) edgeCommands.push(command);
  }
  // Resources go last: their own edges' commands would otherwise find them gone.
  const all = [...edgeCommands, ...commands.filter((c) => c.type !== 'removeResource')];
  all.sort(byDescendingIndex);
  return { commands: [...all, ...commands.filter((c) => c.type === 'removeResource')], warnings };
}
