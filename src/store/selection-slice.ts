import type { SliceContext } from './context.ts';
import type { SelectionSlice } from './types.ts';

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Selection is session state: it is not undone and does not mark the history. */
export function createSelectionSlice(ctx: SliceContext): SelectionSlice {
  return {
    selection: [],
    select(ids) {
      if (sameIds(ids, ctx.get().selection)) return;
      ctx.set({ selection: [...ids] });
    },
  };
}
