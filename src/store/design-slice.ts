import { applyCommand } from '../core/commands/apply.ts';
import { addFile, findFile, removeFile, renameFile } from '../core/design/design.ts';
import { fileNameProblem } from '../core/design/file-names.ts';
import type { SliceContext } from './context.ts';
import { applyFileEdits, editToText } from './file-edits.ts';
import type { DesignSlice } from './types.ts';

/** Commands and text edits: the only two ways the design changes. */
export function createDesignSlice(
  ctx: SliceContext,
): Pick<
  DesignSlice,
  'dispatch' | 'setFileText' | 'editText' | 'addFile' | 'renameFile' | 'removeFile' | 'addFiles'
> {
  const fileNames = () => ctx.get().design.files.map((f) => f.name);
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
    addFile(name) {
      const problem = fileNameProblem(fileNames(), name);
      if (problem) return problem;
      ctx.commitDesign(addFile(ctx.get().design, { name, text: '' }), [], 'canvas');
      ctx.set({ activeFile: name });
      return undefined;
    },
    renameFile(from, to) {
      const design = ctx.get().design;
      if (from === to || !findFile(design, from)) return undefined;
      const problem = fileNameProblem(fileNames(), to);
      if (problem) return problem;
      ctx.commitDesign(renameFile(design, from, to), [], 'canvas', {
        renamedFiles: [{ from, to }],
      });
      if (ctx.get().activeFile === from) ctx.set({ activeFile: to });
      return undefined;
    },
    removeFile(name) {
      const design = ctx.get().design;
      const file = findFile(design, name);
      if (!file || design.files.length < 2) return;
      const index = design.files.indexOf(file);
      const edits = file.text ? [{ file: name, start: 0, end: file.text.length, text: '' }] : [];
      const next = removeFile(applyFileEdits(design, edits), name);
      ctx.commitDesign(next, edits, 'canvas', { removedFiles: [{ name, index }] });
      if (ctx.get().activeFile === name) {
        const neighbour = next.files[Math.min(index, next.files.length - 1)];
        if (neighbour) ctx.set({ activeFile: neighbour.name });
      }
    },
    addFiles(files, origin) {
      const design = ctx.get().design;
      const fresh = files.filter((f) => !findFile(design, f.name));
      if (fresh.length === 0) return;
      let next = design;
      for (const file of fresh) next = addFile(next, file);
      const edits = fresh
        .filter((f) => f.text)
        .map((f) => ({ file: f.name, start: 0, end: 0, text: f.text }));
      ctx.commitDesign(next, edits, origin);
    },
  };
}
