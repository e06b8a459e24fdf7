import type { Design } from '../core/design/design.ts';
import { buildGraph } from '../core/graph/build.ts';
import type { Graph } from '../core/graph/types.ts';

/** True when some file has YAML syntax errors, so its resources may be missing or partial. */
export function hasSyntaxErrors(design: Design): boolean {
  return design.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('yaml-'));
}

/**
 * The graph to show for `design`. While the text has syntax errors the canvas keeps the last good
 * graph (marked stale) instead of flickering resources away mid-keystroke.
 */
export function deriveGraph(
  design: Design,
  previous: Graph | undefined,
): { graph: Graph; stale: boolean } {
  if (hasSyntaxErrors(design)) {
    return { graph: previous ?? buildGraph(design), stale: true };
  }
  return { graph: buildGraph(design), stale: false };
}
