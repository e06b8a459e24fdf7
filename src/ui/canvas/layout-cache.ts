import type { Graph } from '../../core/graph/types.ts';
import { layoutStructureOf, type Layout, type NodeBox } from '../../core/layout/layout.ts';
import { layoutStructure, type LayoutStructure } from '../../core/layout/structure.ts';

const NO_EXPANDED: ReadonlySet<string> = new Set();
const structures = new WeakMap<Graph, LayoutStructure>();
let latest: { graph: Graph; structure: LayoutStructure } | undefined;

/**
 * The graph's boxes, rows, links and chips (memoized per graph object and set of expanded
 * supporting objects). Built from the latest one when the graph has its shape: typing a value
 * rebuilds the graph, not its structure.
 */
export function structureOf(
  graph: Graph,
  expanded: ReadonlySet<string> = NO_EXPANDED,
): LayoutStructure {
  let structure = structures.get(graph);
  if (!structure || structure.expanded !== expanded) {
    structure = layoutStructure(graph, latest, { expanded });
    // A rebound structure carries the expanded set it was built with: same contents, new set.
    if (structure.expanded !== expanded) structure = { ...structure, expanded };
    structures.set(graph, structure);
    latest = { graph, structure };
  }
  return structure;
}

const signatures = new WeakMap<readonly unknown[], string>();

/**
 * What the layout depends on: boxes (by place, kind and namespace, not by name, so a renamed
 * resource keeps its place), their rows, their chips and the links between them. A reused
 * structure keeps its links array, and with it the signature.
 */
function signature(structure: LayoutStructure): string {
  let key = signatures.get(structure.links);
  if (key === undefined) {
    const chips = structure.supporting.chips;
    const boxes = structure.boxes
      .map((b, i) => {
        const rows = structure.rows[i]!;
        const chipped = rows.filter((r) => chips.has(r.id)).length;
        return `${b.type}:${b.kind}:${b.namespace ?? ''}:${rows.length}:${chips.has(b.id) ? 1 : 0}:${chipped}`;
      })
      .join('\n');
    const links = structure.links
      .map((l) => `${l.from.box}.${l.from.row}>${l.to.box}.${l.to.row}`)
      .join(',');
    key = `${boxes}\n${links}`;
    signatures.set(structure.links, key);
  }
  return key;
}

/** The previous layout under the new structure's box ids, box for box (same signature). */
function rekeyed(layout: Layout, from: LayoutStructure, to: LayoutStructure): Layout {
  if (from.boxes.every((b, i) => b.id === to.boxes[i]!.id)) return layout;
  const idOf = new Map(from.boxes.map((b, i) => [b.id, to.boxes[i]!.id]));
  const boxes = new Map<string, NodeBox>();
  for (const [id, box] of layout.boxes) boxes.set(idOf.get(id) ?? id, box);
  const runs = layout.runs.map((run) => ({
    ...run,
    members: run.members.map((id) => idOf.get(id) ?? id),
  }));
  return { boxes, runs };
}

/**
 * A memoized automatic layout: edits that do not change the graph's shape (weights, matches,
 * filters, hostnames, a resource's name) keep the layout, so nodes stay where the user saw them.
 */
export function createLayoutCache(): (structure: LayoutStructure) => Layout {
  let last: { key: string; structure: LayoutStructure; layout: Layout } | undefined;
  return (structure) => {
    if (structure === last?.structure) return last.layout;
    const key = signature(structure);
    last =
      last?.key === key
        ? { key, structure, layout: rekeyed(last.layout, last.structure, structure) }
        : { key, structure, layout: layoutStructureOf(structure) };
    return last.layout;
  };
}
