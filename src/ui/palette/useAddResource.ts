import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { NodePosition } from '../../store/index.ts';
import { useDesignStoreApi } from '../state/store-context.tsx';

/**
 * Adds a resource of a kind (the command picks a unique name and sensible defaults) and puts its
 * node at `at` (flow coordinates; the middle of the view when undefined), as one undo step. The
 * new node is selected so the inspector shows it.
 */
export function useAddResource(): (
  item: { apiVersion: string; kind: string },
  at: NodePosition | undefined,
) => string | undefined {
  const store = useDesignStoreApi();
  const flow = useReactFlow();
  return useCallback(
    (item, at) => {
      const state = store.getState();
      const before = state.design.byKey;
      const position =
        at ?? flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
      state.beginGesture();
      try {
        const result = state.dispatch(
          {
            type: 'addResource',
            file: state.activeFile,
            apiVersion: item.apiVersion,
            kind: item.kind,
          },
          'canvas',
        );
        const added = result.design.resources.find((r) => !before.has(r.key));
        if (!added) return undefined;
        store.getState().moveNodes({ [added.key]: position });
        store.getState().select([added.key]);
        return added.key;
      } finally {
        store.getState().endGesture();
      }
    },
    [store, flow],
  );
}
