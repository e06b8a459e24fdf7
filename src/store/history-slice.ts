import { addFile, findFile, removeFile, renameFile, type Design } from '../core/design/design.ts';
import { patchPositions, type SliceContext } from './context.ts';
import { applyFileEdits } from './file-edits.ts';
import type { Change } from './history.ts';
import type { HistorySlice } from './types.ts';

const swap = ({ from, to }: { from: string; to: string }) => ({ from: to, to: from });

/** Redo: created files made again (an empty new file has no edits that would), edits, removals, renames. */
function redoFiles(design: Design, change: Change, edits: Change['edits']): Design {
  let next = design;
  for (const name of change.createdFiles ?? [])
    if (!findFile(next, name)) next = addFile(next, { name, text: '' });
  next = applyFileEdits(next, edits);
  for (const { name } of change.removedFiles ?? []) next = removeFile(next, name);
  for (const { from, to } of change.renamedFiles ?? []) next = renameFile(next, from, to);
  return next;
}

/** Undo, the other way round: renames reverted, removed files back in place, inverse edits. */
function undoFiles(design: Design, change: Change, inverse: Change['edits']): Design {
  let next = design;
  for (const { from, to } of [...(change.renamedFiles ?? [])].reverse())
    next = renameFile(next, to, from);
  const removed = [...(change.removedFiles ?? [])].sort((a, b) => a.index - b.index);
  for (const { name, index } of removed) next = addFile(next, { name, text: '' }, index);
  next = applyFileEdits(next, inverse);
  for (const name of change.createdFiles ?? []) next = removeFile(next, name);
  return next;
}

/**
 * Undo and redo replay recorded changes one by one with origin `'history'`, so every view sees
 * each change's exact edits (Monaco keeps the cursor and the comments around them).
 */
export function createHistorySlice(ctx: SliceContext): HistorySlice {
  const replay = (change: Change, direction: 'undo' | 'redo') => {
    const edits = direction === 'undo' ? change.inverse : change.edits;
    const positions = direction === 'undo' ? change.positionsBefore : change.positionsAfter;
    const created = change.createdFiles ?? [];
    const removed = change.removedFiles ?? [];
    const renamed = change.renamedFiles ?? [];
    if (edits.length > 0 || created.length > 0 || removed.length > 0 || renamed.length > 0) {
      const before = ctx.get().design;
      const design =
        direction === 'redo' ? redoFiles(before, change, edits) : undoFiles(before, change, edits);
      ctx.commitDesign(design, edits, 'history');
      followActiveFile(design, direction === 'undo' ? renamed.map(swap) : renamed);
    }
    if (positions) ctx.set({ positions: patchPositions(ctx.get().positions, positions) });
  };
  /** The YAML pane follows a renamed file and must not stay on a file that is gone. */
  const followActiveFile = (design: Design, renames: Change['renamedFiles'] = []) => {
    const { activeFile } = ctx.get();
    const renamedTo = renames.find((r) => r.from === activeFile)?.to;
    if (renamedTo) ctx.set({ activeFile: renamedTo });
    else if (!findFile(design, activeFile) && design.files[0])
      ctx.set({ activeFile: design.files[0].name });
  };
  const revert = (changes: readonly Change[]) => {
    for (const change of [...changes].reverse()) replay(change, 'undo');
  };
  const bail = () => {
    revert(ctx.history.bail());
    ctx.syncHistoryFlags();
  };

  return {
    canUndo: false,
    canRedo: false,
    beginGesture() {
      ctx.history.begin();
    },
    endGesture() {
      ctx.history.end();
      ctx.syncHistoryFlags();
    },
    bail,
    undo() {
      // Undo in the middle of a gesture cancels the gesture rather than an older step.
      if (ctx.history.inGesture) return bail();
      const step = ctx.history.takeUndo();
      if (step) revert(step.changes);
      ctx.syncHistoryFlags();
    },
    redo() {
      if (ctx.history.inGesture) return;
      const step = ctx.history.takeRedo();
      if (step) for (const change of step.changes) replay(change, 'redo');
      ctx.syncHistoryFlags();
    },
  };
}
