import type { FinalConnectionState } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { Command } from '../../core/commands/types.ts';
import { useDesignStoreApi } from '../state/store-context.tsx';
import { dropOnNode, refusalOf, type DropTarget } from './connect.ts';
import { handleTarget } from './flow-types.ts';
import { structureOf } from './layout-cache.ts';

/** Where the pointer let go, in the canvas' own coordinates (for what shows next to it). */
export interface CanvasPoint {
  x: number;
  y: number;
  /** The canvas' size, so what shows there can stay inside it. */
  width: number;
  height: number;
}

/** What a connection gesture left to show: why it was refused, or which part to connect to. */
export type ConnectFeedback =
  | { kind: 'refusal'; reason: string; at: CanvasPoint }
  | { kind: 'choice'; from: string; targets: readonly DropTarget[]; at: CanvasPoint };

function pointOf(event: MouseEvent | TouchEvent): { clientX: number; clientY: number } {
  return 'changedTouches' in event ? event.changedTouches[0]! : event;
}

/**
 * The end of a connection gesture that React Flow did not connect itself: dropped on a handle
 * the rules refuse, the reason shows next to the cursor; dropped on a node's body, it connects
 * to the one sensible part or asks which (see `dropOnNode`); dropped on the empty canvas,
 * nothing happens. `dispatch` runs the command and returns its notice, if any.
 */
export function useConnectGesture(
  canvas: () => HTMLElement | null,
  dispatch: (command: Command) => void,
) {
  const store = useDesignStoreApi();
  const [feedback, setFeedback] = useState<ConnectFeedback | undefined>();

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      if (connection.isValid || !connection.fromNode) return;
      const { clientX, clientY } = pointOf(event);
      const bounds = canvas()?.getBoundingClientRect();
      const at = {
        x: clientX - (bounds?.left ?? 0),
        y: clientY - (bounds?.top ?? 0),
        width: bounds?.width ?? 0,
        height: bounds?.height ?? 0,
      };
      const { design, graph, expanded } = store.getState();
      const from = handleTarget(connection.fromHandle?.id, connection.fromNode.id);
      if (connection.toHandle && connection.toNode) {
        const to = handleTarget(connection.toHandle.id, connection.toNode.id);
        const reason = refusalOf(design, graph, from, to);
        if (reason) setFeedback({ kind: 'refusal', reason, at });
        return;
      }
      const under = document
        .elementFromPoint(clientX, clientY)
        ?.closest<HTMLElement>('.react-flow__node');
      const boxId = under?.dataset.id;
      if (!boxId || boxId === connection.fromNode.id) return;
      const outcome = dropOnNode(design, graph, structureOf(graph, expanded), from, boxId);
      if (outcome.kind === 'connect') dispatch(outcome.target.command);
      else if (outcome.kind === 'choose')
        setFeedback({ kind: 'choice', from, targets: outcome.targets, at });
      else setFeedback({ kind: 'refusal', reason: outcome.reason, at });
    },
    [store, canvas, dispatch],
  );

  const choose = useCallback(
    (target: DropTarget) => {
      setFeedback(undefined);
      dispatch(target.command);
    },
    [dispatch],
  );

  return {
    feedback,
    onConnectEnd,
    onConnectStart: useCallback(() => setFeedback(undefined), []),
    choose,
    dismiss: useCallback(() => setFeedback(undefined), []),
  };
}
