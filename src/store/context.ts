import type { StoreApi } from 'zustand/vanilla';
import type { FileEdit } from '../core/commands/types.ts';
import { findFile, type Design } from '../core/design/design.ts';
import { renamedResources } from '../core/design/renamed-resources.ts';
import { deriveGraph } from './derive-graph.ts';
import { invertFileEdits } from './file-edits.ts';
import type { FileChanges, History, PositionPatch } from './history.ts';
import type { DesignState, NodePosition, Origin } from './types.ts';

/** What every slice shares: the zustand setters, the history and the two ways to commit. */
export interface SliceContext {
  set: StoreApi<DesignState>['setState'];
  get: () => DesignState;
  history: History;
  /**
   * Makes `next` (reached from the current design by `edits`, then `files`) current and records
   * it. Files that `next` has and the current design lacks count as created.
   */
  commitDesign(next: Design, edits: readonly FileEdit[], origin: Origin, files?: FileChanges): void;
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
function pruneSelection(
  selection: readonly string[],
  graph: DesignState['graph'],
  stale: boolean,
): readonly string[] {
  if (stale) return selection;
  const kept = selection.filter((id) => graph.nodeById.has(id));
  return kept.length === selection.length ? selection : kept;
}

/** A node id after its resource was renamed: the resource's own id, or one of its parts'. */
function followId(id: string, renames: ReadonlyMap<string, string>): string {
  const hash = id.indexOf('#');
  const key = hash === -1 ? id : id.slice(0, hash);
  const renamed = renames.get(key);
  return renamed === undefined ? id : renamed + id.slice(key.length);
}

/**
 * Positions and selection of resources that `next` has under another identity (renamed, moved
 * to another namespace, retyped in the YAML), moved to their new ids. Not recorded: undoing the
 * text change renames the resource back, and they follow it again.
 */
function followRenames(state: DesignState, next: Design) {
  const renames = renamedResources(state.design, next);
  if (renames.size === 0) return { positions: state.positions, selection: state.selection };
  const positions: Record<string, NodePosition> = {};
  for (const [id, position] of Object.entries(state.positions))
    positions[followId(id, renames)] = position;
  return { positions, selection: state.selection.map((id) => followId(id, renames)) };
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
    commitDesign(next, edits, origin, files = {}) {
      const state = get();
      if (next === state.design) return;
      if (isRecorded(origin)) {
        const inverse = invertFileEdits(state.design, edits);
        const renamedTo = new Set(files.renamedFiles?.map((r) => r.to));
        const createdFiles = next.files
          .filter((f) => !findFile(state.design, f.name) && !renamedTo.has(f.name))
          .map((f) => f.name);
        history.record(
          createdFiles.length
            ? { edits, inverse, createdFiles, ...files }
            : { edits, inverse, ...files },
          origin,
        );
      }
      const { graph, shownDesign, stale } = deriveGraph(next, state);
      const { positions, selection } = followRenames(state, next);
      set({
        design: next,
        graph,
        shownDesign,
        stale,
        positions,
        selection: pruneSelection(selection, graph, stale),
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
