import type { Connection, EdgeChange, NodeChange } from '@xyflow/react';
import {
  useCallback,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import type { Command } from '../../core/commands/types.ts';
import { useReactFlow } from '@xyflow/react';
import type { NodePosition } from '../../store/index.ts';
import { isTextTarget } from '../keyboard/shortcuts.ts';
import { readPaletteDrop } from '../palette/palette-items.ts';
import { useAddResource } from '../palette/useAddResource.ts';
import { useDesignStoreApi } from '../state/store-context.tsx';
import type { ConfirmRequest } from './ConfirmDialog.tsx';
import { commandForConnection } from './connect.ts';
import { deleteSelection } from './delete.ts';
import { handleTarget, type CanvasEdge, type CanvasNode } from './flow-types.ts';
import { structureOf } from './layout-cache.ts';
import { useConnectGesture } from './useConnectGesture.ts';

/**
 * Turns canvas gestures into store calls: drags → `moveNodes` in one gesture, selection →
 * `select`, connections → commands (handle to handle, or dropped on a node: see
 * `useConnectGesture`), Delete → commands (after a confirmation when others reference what
 * goes), palette drops → `addResource` at the drop point.
 */
export function useCanvasHandlers(wrapper: RefObject<HTMLDivElement | null>) {
  const store = useDesignStoreApi();
  const flow = useReactFlow();
  const addResource = useAddResource();
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(() => new Set());
  const [confirm, setConfirm] = useState<ConfirmRequest | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const state = store.getState();
      const moves: Record<string, NodePosition> = {};
      let selection: Set<string> | undefined;
      for (const change of changes) {
        if (change.type === 'position' && change.position) moves[change.id] = change.position;
        // 'dimensions' changes are left to React Flow, which keeps the sizes it measures.
        else if (change.type === 'select') {
          selection ??= new Set(state.selection);
          if (change.selected) selection.add(change.id);
          else {
            const { anchors, boxes } = structureOf(state.graph, state.expanded);
            for (const id of [...selection]) {
              const anchor = anchors.get(id);
              if (id === change.id || (anchor && boxes[anchor.box]!.id === change.id))
                selection.delete(id);
            }
          }
        }
      }
      if (Object.keys(moves).length) state.moveNodes(moves);
      if (selection) state.select([...selection]);
    },
    [store],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<CanvasEdge>[]) => {
    const selects = changes.filter((c) => c.type === 'select');
    if (!selects.length) return;
    setSelectedEdges((old) => {
      const next = new Set(old);
      for (const c of selects) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      return next;
    });
  }, []);

  // A click on a node outside its rows (rows select themselves) selects the whole resource,
  // also when one of its rows was selected: React Flow reports no change for a node it already
  // shows selected.
  const onNodeClick = useCallback(
    (event: MouseEvent, node: CanvasNode) => {
      if (event.shiftKey || event.metaKey || event.ctrlKey) return;
      const { selection, select } = store.getState();
      if (selection.length !== 1 || selection[0] !== node.id) select([node.id]);
    },
    [store],
  );

  const beginDrag = useCallback(() => store.getState().beginGesture(), [store]);
  const endDrag = useCallback(() => store.getState().endGesture(), [store]);

  const connectionCommand = useCallback(
    (c: Connection | CanvasEdge) => {
      const { design, graph } = store.getState();
      return commandForConnection(
        design,
        graph,
        handleTarget(c.sourceHandle, c.source),
        handleTarget(c.targetHandle, c.target),
      );
    },
    [store],
  );

  const run = useCallback(
    (command: Command) => {
      const result = store.getState().dispatch(command, 'canvas');
      setNotice(result.diagnostics[0]?.message);
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const command = connectionCommand(connection);
      if (command) run(command);
    },
    [run, connectionCommand],
  );

  const connectGesture = useConnectGesture(() => wrapper.current, run);

  const isValidConnection = useCallback(
    (c: Connection | CanvasEdge) => connectionCommand(c) !== undefined,
    [connectionCommand],
  );

  const deleteSelected = useCallback(
    () => deleteSelection(store, [...selectedEdges], setConfirm, () => setSelectedEdges(new Set())),
    [store, selectedEdges],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Delete' && event.key !== 'Backspace') return;
      if (isTextTarget(event.target)) return;
      // Handled here (not by the window shortcut) so the selected edges go too.
      if (deleteSelected()) event.preventDefault();
      event.stopPropagation();
    },
    [deleteSelected],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = readPaletteDrop(event.dataTransfer);
      if (!item) return;
      event.preventDefault();
      addResource(item, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [addResource, flow],
  );

  return {
    selectedEdges,
    confirm,
    closeConfirm: () => setConfirm(undefined),
    notice,
    clearNotice: () => setNotice(undefined),
    connectFeedback: connectGesture.feedback,
    chooseConnection: connectGesture.choose,
    dismissConnectFeedback: connectGesture.dismiss,
    flowHandlers: {
      onNodesChange,
      onEdgesChange,
      onConnect,
      onConnectStart: connectGesture.onConnectStart,
      onConnectEnd: connectGesture.onConnectEnd,
      onPaneClick: connectGesture.dismiss,
      isValidConnection,
      onNodeClick,
      onNodeDragStart: beginDrag,
      onNodeDragStop: endDrag,
      onSelectionDragStart: beginDrag,
      onSelectionDragStop: endDrag,
    },
    wrapperHandlers: { onKeyDown, onDragOver, onDrop },
  };
}
