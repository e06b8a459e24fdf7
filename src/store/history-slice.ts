import { addFile, findFile, removeFile } from '../core/design/design.ts';
import { patchPositions, type SliceContext } from './context.ts';
import { applyFileEdits } from './file-edits.ts';
import type { Change } from './history.ts';
import type { HistorySlice } from './types.ts';

/**
 * Undo and redo replay recorded changes one by one with origin `'history'`, so every view sees
 * each change's exact edits (Monaco keeps the cursor and the comments around them).
 */
export function createHistorySlice(ctx: SliceContext): HistorySlice {
  const replay = (change: Change, direction: 'undo' | 'redo') => {
    const edits = direction === 'undo' ? change.inverse : change.edits;
    const positions = direction === 'undo' ? change.positionsBefore : change.positionsAfter;
    const created = change.createdFiles ?? [];
    if (edits.length > 0 || created.length > 0) {
      let design = ctx.get().design;
      // Redo makes created files again (an empty new file has no edits that would).
      if (direction === 'redo')
        for (const name of created)
          if (!findFile(design, name)) design = addFile(design, { name, text: '' });
      design = applyFileEdits(design, edits);
      if (direction === 'undo') for (const name of created) design = removeFile(design, name);
      ctx.commitDesign(design, edits, 'history');
      // The YAML pane must not stay on a file that is gone.
      const { activeFile } = ctx.get();
      if (!findFile(design, activeFile) && design.files[0])
        ctx.set({ activeFile: design.files[0].name });
    }
    if (positions) ctx.set({ positions: patchPositions(ctx.get().positions, positions) });
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
