import { useEffect } from 'react';
import type { CanvasHighlight, DesignState } from '../../../store/index.ts';
import { useDesign, useDesignStoreApi } from '../../state/store-context.tsx';

/**
 * Shows `highlight` on the canvas while the calling view is mounted with it, and clears it when
 * the view goes (a dock panel closed or another chosen) unless another view replaced it.
 */
export function useCanvasHighlight(highlight: CanvasHighlight | undefined): void {
  const store = useDesignStoreApi();
  useEffect(() => {
    store.getState().setCanvasHighlight(highlight);
    return () => {
      if (store.getState().canvasHighlight === highlight)
        store.getState().setCanvasHighlight(undefined);
    };
  }, [store, highlight]);
}

/** How the canvas marks one node, row or edge under the current highlight. */
export type HighlightMark = 'on-path' | 'tested' | 'untested' | undefined;

function markOf(state: DesignState, id: string, edge: boolean): HighlightMark {
  const h = state.canvasHighlight;
  if (!h) return undefined;
  if (h.type === 'path') return (edge ? h.edges : h.nodes).has(id) ? 'on-path' : undefined;
  if (edge) return undefined;
  return h.tested.has(id) ? 'tested' : h.untested.has(id) ? 'untested' : undefined;
}

/** The mark of a node or row (graph node id). */
export function useNodeMark(id: string): HighlightMark {
  return useDesign((s) => markOf(s, id, false));
}

/**
 * The mark of a whole node: on the path when it or one of its rows is (a DestinationRule whose
 * subset the request goes to), else as `useNodeMark`.
 */
export function useFrameMark(id: string, rows: readonly { id: string }[]): HighlightMark {
  return useDesign((s) => {
    const h = s.canvasHighlight;
    if (h?.type === 'path' && rows.some((row) => h.nodes.has(row.id))) return 'on-path';
    return markOf(s, id, false);
  });
}

/** The mark of an edge (graph edge id). */
export function useEdgeMark(id: string): HighlightMark {
  return useDesign((s) => markOf(s, id, true));
}

/** `path` while a request's path is shown (the rest of the canvas is dimmed). */
export function useHighlightType(): CanvasHighlight['type'] | undefined {
  return useDesign((s) => s.canvasHighlight?.type);
}
