import { useReactFlow, type InternalNode, type ReactFlowInstance } from '@xyflow/react';
import { useCallback } from 'react';
import { connectionCommand, isCommand } from '../../core/commands/connect.ts';
import type { StoreApi } from 'zustand/vanilla';
import type { DesignState, NodePosition } from '../../store/index.ts';
import { useDesignStoreApi } from '../state/store-context.tsx';
import { dropTargetAt, placeBeside, type Rect } from './drop-target.ts';

/**
 * Adds a resource of a kind (the command picks a unique name and sensible defaults) and puts its
 * node at `at` (flow coordinates; the middle of the view when undefined), as one undo step. The
 * new node is selected so the inspector shows it.
 *
 * Dropped onto a node (or one of its rows), the new resource is connected to it as a connection
 * drawn between them would (a route onto a Gateway or listener gets the parentRef, a Service
 * onto a route rule becomes a backend, a VirtualService onto an Istio Gateway binds to it, a
 * DestinationRule onto a Service takes its host) and placed beside it.
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
      const screen = at && flow.flowToScreenPosition(at);
      const target = screen && dropTargetAt(screen.x, screen.y);
      let position =
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
        if (target) position = connectTo(store, flow, added.key, target) ?? position;
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

const rectOf = (node: InternalNode): Rect => ({
  ...node.internals.positionAbsolute,
  width: node.measured.width ?? 0,
  height: node.measured.height ?? 0,
});

/** Connects a new resource to the node it was dropped on; where to put it when that worked. */
function connectTo(
  store: StoreApi<DesignState>,
  flow: ReactFlowInstance,
  key: string,
  targetId: string,
): NodePosition | undefined {
  const { design, graph, dispatch } = store.getState();
  const command = connectionCommand(design, graph, key, targetId);
  if (!isCommand(command) || dispatch(command, 'canvas').diagnostics.length > 0) return undefined;
  const target = graph.nodeById.get(targetId);
  const targetNode = target && graph.nodeById.get(target.parent ?? target.id);
  const next = store.getState().graph;
  const addedNode = next.nodeById.get(key);
  const internal = targetNode && flow.getInternalNode(targetNode.id);
  if (!targetNode || !addedNode || !internal) return undefined;
  const others = flow
    .getNodes()
    .map((n) => flow.getInternalNode(n.id))
    .filter((n) => n !== undefined)
    .map(rectOf);
  return placeBeside(addedNode, targetNode, rectOf(internal), others);
}
