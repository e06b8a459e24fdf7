import type { StoreApi } from 'zustand/vanilla';
import type { DesignState, NodePosition } from '../../store/index.ts';
import type { ConfirmRequest } from '../canvas/ConfirmDialog.tsx';
import { deleteSelection } from '../canvas/delete.ts';

/** Pixels an arrow key moves the selection; with Shift, ten times more. */
export const NUDGE_STEP = 5;

/** Where a node is drawn now (manual or laid out), as the canvas knows it. */
export type NodePositionLookup = (id: string) => NodePosition | undefined;

/** Keys typed into text fields and the editor belong to them, not to the designer. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return Boolean(
    target.closest('input, textarea, select, [contenteditable="true"], .monaco-editor'),
  );
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** What the shortcuts need from the view besides the store. */
export interface ShortcutHost {
  /** Where a node is drawn now (arrows nudge from there). */
  positionOf: NodePositionLookup;
  /** Shows a question; Delete asks before leaving references dangling. */
  ask(request: ConfirmRequest): void;
}

/**
 * The designer's keyboard shortcuts as a pure event → store mapping. Returns true when it
 * handled the event (the caller then prevents the browser default).
 */
export function handleShortcut(
  event: KeyboardEvent,
  store: StoreApi<DesignState>,
  host: ShortcutHost,
): boolean {
  if (isTextTarget(event.target)) return false;
  const state = store.getState();
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z') {
    if (event.shiftKey) state.redo();
    else state.undo();
    return true;
  }
  if (mod && key === 'y') {
    state.redo();
    return true;
  }
  if (mod && key === 'a') {
    state.select(state.graph.nodes.map((n) => n.id));
    return true;
  }
  if (mod || event.altKey) return false;
  // The same plan (and question) as Delete on the canvas, for the selected nodes.
  if (event.key === 'Delete' || event.key === 'Backspace')
    return deleteSelection(store, [], host.ask);
  if (key === 'f') {
    state.requestFitView();
    return true;
  }
  const arrow = ARROWS[event.key];
  if (arrow)
    return nudgeSelection(
      state,
      arrow,
      event.shiftKey ? NUDGE_STEP * 10 : NUDGE_STEP,
      host.positionOf,
    );
  return false;
}

function nudgeSelection(
  state: DesignState,
  [dx, dy]: [number, number],
  step: number,
  positionOf: NodePositionLookup,
): boolean {
  const moves: Record<string, NodePosition> = {};
  for (const id of state.selection) {
    const at = state.positions[id] ?? positionOf(id);
    if (at) moves[id] = { x: at.x + dx * step, y: at.y + dy * step };
  }
  if (Object.keys(moves).length === 0) return false;
  state.moveNodes(moves);
  return true;
}
