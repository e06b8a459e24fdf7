import type { StoreApi } from 'zustand/vanilla';
import type { FileEdit } from '../core/commands/types.ts';
import { findFile, type Design } from '../core/design/design.ts';
import { deriveGraph } from './derive-graph.ts';
import { invertFileEdits } from './file-edits.ts';
import type { History, PositionPatch } from './history.ts';
import type { DesignState, NodePosition, Origin } from './types.ts';

/** What every slice shares: the zustand setters, the history and the two ways to commit. */
export interface SliceContext {
  set: StoreApi<DesignState>['setState'];
  get: () => DesignState;
  history: History;
  /** Makes `next` (reached from the current design by `edits`) current and records it. */
  commitDesign(next: Design, edits: readonly FileEdit[], origin: Origin): void;
  /** Applies a position patch and records it. */
  commitPositions(patch: PositionPatch, origin: Origin): void;
  /** Refreshes `canUndo`/`canRedo` after the history changed without a commit. */
  syncHistoryFlags(): void;
}

/** Only people's changes are undoable: not the initial load, not undo/redo themselves. */
function isRecorded(origin: Origin): boolean {
  return origin !== 'history' && origin !== 'url';
}

/** Selection without ids the graph no longer has (kept as is while the graph is stale). */
function pruneSelection(state: DesignState, graph: DesignState['graph'], stale: boolean) {
  if (stale) return state.selection;
  const kept = state.selection.filter((id) => graph.nodeById.has(id));
  return kept.length === state.selection.length ? state.selection : kept;
}

export function patchPositions(
  positions: Readonly<Record<string, NodePosition>>,
  patch: PositionPatch,
): Record<string, NodePosition> {
  const next = { ...positions };
  for (const [id, position] of Object.entries(patch)) {
    if (position) next[id] = position;
    else delete next[id];
  }
  return next;
}

export function createSliceContext(
  set: SliceContext['set'],
  get: SliceContext['get'],
  history: History,
): SliceContext {
  const flags = () => ({ canUndo: history.canUndo, canRedo: history.canRedo });
  return {
    set,
    get,
    history,
    commitDesign(next, edits, origin) {
      const state = get();
      if (next === state.design) return;
      if (isRecorded(origin)) {
        const inverse = invertFileEdits(state.design, edits);
        const createdFiles = next.files
          .filter((f) => !findFile(state.design, f.name))
          .map((f) => f.name);
        history.record(
          createdFiles.length ? { edits, inverse, createdFiles } : { edits, inverse },
          origin,
        );
      }
      const { graph, shownDesign, stale } = deriveGraph(next, state);
      set({
        design: next,
        graph,
        shownDesign,
        stale,
        selection: pruneSelection(state, graph, stale),
        lastChange: { version: state.lastChange.version + 1, origin, edits },
        ...flags(),
      });
    },
    commitPositions(patch, origin) {
      const state = get();
      if (isRecorded(origin)) {
        const before: Record<string, NodePosition | undefined> = {};
        for (const id of Object.keys(patch)) before[id] = state.positions[id];
        history.record(
          { edits: [], inverse: [], positionsAfter: patch, positionsBefore: before },
          origin,
        );
      }
      set({ positions: patchPositions(state.positions, patch), ...flags() });
    },
    syncHistoryFlags() {
      set(flags());
    },
  };
}
