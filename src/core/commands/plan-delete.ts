import type { Design } from '../design/design.ts';
import { formatPath, type FieldPath } from '../diagnostics.ts';
import type { Graph, GraphEdge, GraphNode } from '../graph/types.ts';
import { commandForEdge, commandForPart, removedPath } from './edge-commands.ts';
import type { Command } from './types.ts';

/** A reference that would point at nothing once the plan has run. */
export interface DanglingReference {
  /** Key of the resource that holds the reference. */
  from: string;
  /** Where the reference is written in it. */
  path: FieldPath;
  /** The graph node (resource or part) being removed. */
  to: string;
  /** E.g. `HTTPRoute shop/api refers to Service shop/cart (spec.rules[0].backendRefs[0])`. */
  message: string;
}

/** What deleting a selection does. */
export interface DeletePlan {
  /** Commands to run in this order, as one undo step. */
  commands: Command[];
  dangling: DanglingReference[];
  /** True when data would be lost silently (references left dangling): ask first. */
  needsConfirmation: boolean;
}

/** A removal with where it removes, so removals in one resource can be ordered and merged. */
interface Removal {
  key: string;
  path: FieldPath | undefined;
  command: Command;
}

function describe(graph: Graph, id: string): string {
  const node = graph.nodeById.get(id);
  if (!node) return id;
  const name = node.namespace === undefined ? node.name : `${node.namespace}/${node.name}`;
  return node.parent === undefined ? `${node.kind} ${name}` : `${node.kind} ${name} ${node.label}`;
}

const pointsInto = (edge: GraphEdge, id: string) =>
  edge.to === id || (!id.includes('#') && edge.to.startsWith(`${id}#`));

/** -1/0/1 comparing paths item by item; numbers numerically, a prefix sorts first. */
function comparePaths(a: FieldPath, b: FieldPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

const startsWith = (path: FieldPath, prefix: FieldPath) =>
  prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
const isPrefix = (prefix: FieldPath, path: FieldPath) =>
  prefix.length < path.length && startsWith(path, prefix);

/**
 * Orders removals so that earlier ones never shift the indices later ones use: within a
 * resource, the last list item first. Removals inside something also removed are dropped, and
 * so are exact duplicates (an edge selected and also reached through a ghost node).
 */
function orderRemovals(removals: readonly Removal[]): Command[] {
  const byKey = new Map<string, Removal[]>();
  for (const r of removals) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const out: Command[] = [];
  for (const list of byKey.values()) {
    const seen = new Set<string>();
    const kept = list.filter((r) => {
      const id = JSON.stringify(r.command);
      if (seen.has(id)) return false;
      seen.add(id);
      return !list.some((o) => o.path && r.path && isPrefix(o.path, r.path));
    });
    kept.sort((a, b) => (a.path && b.path ? comparePaths(b.path, a.path) : 0));
    out.push(...kept.map((r) => r.command));
  }
  return out;
}

/**
 * Plans deleting graph nodes and edges as commands: a resource is removed whole; a part
 * (listener, rule, Istio route or server, subset) is removed from its resource; a missing
 * (ghost) node's incoming references are removed; an edge removes the reference it stands for.
 * Lists the references elsewhere that would be left pointing at nothing, and asks for a
 * confirmation when there are any.
 */
export function planDelete(
  design: Design,
  graph: Graph,
  nodeIds: readonly string[],
  edgeIds: readonly string[] = [],
): DeletePlan {
  const removedResources = new Set<string>();
  const removedParts: GraphNode[] = [];
  const edges = new Set(edgeIds);
  for (const id of nodeIds) {
    const node = graph.nodeById.get(id);
    if (!node) continue;
    if (node.type === 'missing') {
      for (const e of graph.edges) if (pointsInto(e, id)) edges.add(e.id);
    } else if (node.parent === undefined && design.byKey.has(id)) removedResources.add(id);
    else if (node.parent !== undefined && design.byKey.has(node.parent)) removedParts.push(node);
  }
  const parts = removedParts.filter((p) => !removedResources.has(p.parent!));
  const survives = (key: string) => !removedResources.has(key);

  const removals: Removal[] = [];
  for (const part of parts) {
    const command = commandForPart(part);
    if (command) removals.push({ key: part.parent!, path: removedPath(command, part), command });
  }
  for (const edge of graph.edges) {
    if (!edges.has(edge.id) || !survives(edge.source.resource)) continue;
    const command = commandForEdge(edge);
    if (command) removals.push({ key: edge.source.resource, path: removedPath(command), command });
  }

  const dangling: DanglingReference[] = [];
  for (const id of [...removedResources, ...parts.map((p) => p.id)]) {
    for (const edge of graph.edges) {
      if (!pointsInto(edge, id) || edges.has(edge.id) || !survives(edge.source.resource)) continue;
      const from = edge.source.resource;
      if (parts.some((p) => p.parent === from && p.path && startsWith(edge.source.path, p.path)))
        continue; // the referring part goes too
      dangling.push({
        from,
        path: edge.source.path,
        to: id,
        message: `${describe(graph, from)} refers to ${describe(graph, id)} (${formatPath(edge.source.path)})`,
      });
    }
  }
  const commands = [
    ...orderRemovals(removals),
    ...[...removedResources].map((key): Command => ({ type: 'removeResource', key })),
  ];
  return { commands, dangling, needsConfirmation: dangling.length > 0 };
}
