import { applyCommand } from '../core/commands/apply.ts';
import { addFile, findFile } from '../core/design/design.ts';
import type { SliceContext } from './context.ts';
import { applyFileEdits, editToText } from './file-edits.ts';
import type { DesignSlice } from './types.ts';

/** Commands and text edits: the only two ways the design changes. */
export function createDesignSlice(
  ctx: SliceContext,
): Pick<DesignSlice, 'dispatch' | 'setFileText' | 'editText'> {
  return {
    dispatch(command, origin = 'canvas') {
      const result = applyCommand(ctx.get().design, command);
      ctx.commitDesign(result.design, result.edits, origin);
      return result;
    },
    setFileText(file, text, origin) {
      const design = ctx.get().design;
      if (!findFile(design, file)) {
        const edits = text ? [{ file, start: 0, end: 0, text }] : [];
        ctx.commitDesign(addFile(design, { name: file, text }), edits, origin);
        return;
      }
      const edit = editToText(design, file, text);
      if (edit) ctx.commitDesign(applyFileEdits(design, [edit]), [edit], origin);
    },
    editText(edits, origin) {
      if (edits.length) ctx.commitDesign(applyFileEdits(ctx.get().design, edits), edits, origin);
    },
  };
}
