import { countOf } from '../../../core/text/plural.ts';
import type { Condition, ParentStatus } from '../../../core/analysis/types.ts';
import type { Graph, GraphEdge } from '../../../core/graph/types.ts';
import type { ProblemCount } from '../../../store/index.ts';

/** How a parentRef edge is drawn: attached and resolved, refused or broken, or undecided. */
export type EdgeHealth = 'ok' | 'failed' | 'pending';

/** The health of a route's parent (Accepted and ResolvedRefs) and the conditions as a tooltip. */
export function parentHealth(status: ParentStatus): { health: EdgeHealth; title: string } {
  const wanted = status.conditions.filter(
    (c) => c.type === 'Accepted' || c.type === 'ResolvedRefs',
  );
  const health: EdgeHealth = wanted.some((c) => c.status === 'False')
    ? 'failed'
    : wanted.some((c) => c.status !== 'True')
      ? 'pending'
      : 'ok';
  return { health, title: wanted.map(describeCondition).join('\n') };
}

function describeCondition(c: Condition): string {
  return `${c.type}=${c.status} (${c.reason}): ${c.message}`;
}

/** The badge text of a resource's problems: errors and warnings (info is not badged). */
export function badgeOf(count: ProblemCount | undefined) {
  if (!count || count.error + count.warning === 0) return undefined;
  const parts = [
    count.error && countOf(count.error, 'error'),
    count.warning && countOf(count.warning, 'warning'),
  ].filter(Boolean);
  return {
    count: count.error + count.warning,
    severity: count.error > 0 ? ('error' as const) : ('warning' as const),
    title: parts.join(', '),
  };
}

const edgeIndexes = new WeakMap<Graph, Map<string, GraphEdge>>();

/** Graph edges by id, indexed once per graph (edge components look theirs up on render). */
export function edgeById(graph: Graph, id: string): GraphEdge | undefined {
  let index = edgeIndexes.get(graph);
  if (!index) edgeIndexes.set(graph, (index = new Map(graph.edges.map((e) => [e.id, e]))));
  return index.get(id);
}
