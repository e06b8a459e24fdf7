import type { Design } from '../core/design/design.ts';
import { buildGraph } from '../core/graph/build.ts';
import type { Graph } from '../core/graph/types.ts';

/** True when some file has YAML syntax errors, so its resources may be missing or partial. */
export function hasSyntaxErrors(design: Design): boolean {
  return design.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('yaml-'));
}

/** What the canvas shows: a graph, the design it was built from, and whether that is old. */
export interface ShownGraph {
  graph: Graph;
  /** The design `graph` was built from (the views read node contents from it). */
  shownDesign: Design;
  stale: boolean;
}

/**
 * The graph to show for `design`. While the text has syntax errors the canvas keeps the last good
 * graph and the design it came from (marked stale), so every node keeps showing what it showed
 * instead of flickering resources, rows or values away mid-keystroke.
 */
export function deriveGraph(
  design: Design,
  previous: Omit<ShownGraph, 'stale'> | undefined,
): ShownGraph {
  if (hasSyntaxErrors(design)) {
    return previous
      ? { graph: previous.graph, shownDesign: previous.shownDesign, stale: true }
      : { graph: buildGraph(design), shownDesign: design, stale: true };
  }
  return { graph: buildGraph(design), shownDesign: design, stale: false };
}
