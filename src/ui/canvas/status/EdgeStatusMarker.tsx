import { parentStatusKey, type DesignState } from '../../../store/index.ts';
import { useDesign } from '../../state/store-context.tsx';
import { useAnalysis } from '../../problems/useAnalysis.ts';
import { edgeById, parentHealth } from './edge-status.ts';

/**
 * The status a controller would report for the parentRef an edge draws: a green dot when the
 * route is Accepted with ResolvedRefs, red when either is False, grey while undecided; the
 * conditions' reasons and messages on hover.
 */
export function EdgeStatusMarker({ edgeId, x, y }: { edgeId: string; x: number; y: number }) {
  const statusKey = useDesign((s: DesignState) => {
    const source = edgeById(s.graph, edgeId)?.source;
    const index = source?.path[2];
    return source && typeof index === 'number'
      ? parentStatusKey(source.resource, index)
      : undefined;
  });
  const status = useAnalysis((a) => (statusKey ? a.parentStatus.get(statusKey) : undefined));
  if (!status) return null;
  const { health, title } = parentHealth(status);
  return (
    <div
      className={`rs-edge-status rs-edge-status--${health} nodrag nopan`}
      style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
      title={title}
      role="img"
      aria-label={title}
      data-testid={`canvas.edge-status.${edgeId}`}
      data-health={health}
    />
  );
}
