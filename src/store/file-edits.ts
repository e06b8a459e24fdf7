import type { FileEdit } from '../core/commands/types.ts';
import { addFile, editFile, findFile, type Design } from '../core/design/design.ts';
import { diffToEdit, type TextEdit } from '../core/design/design-file.ts';

function groupByFile(edits: readonly FileEdit[]): Map<string, TextEdit[]> {
  const byFile = new Map<string, TextEdit[]>();
  for (const { file, start, end, text } of edits) {
    const list = byFile.get(file) ?? [];
    list.push({ start, end, text });
    byFile.set(file, list);
  }
  return byFile;
}

/** Applies edits (each in its file's current offsets) to the design; unknown files are created. */
export function applyFileEdits(design: Design, edits: readonly FileEdit[]): Design {
  let next = design;
  for (const [file, fileEdits] of groupByFile(edits)) {
    if (!findFile(next, file)) next = addFile(next, { name: file, text: '' });
    next = editFile(next, file, fileEdits);
  }
  return next;
}

/**
 * The edits that undo `edits`, in the offsets of the text after them. Undo stores these rather
 * than snapshots, so a step costs the size of what changed, not the size of the design.
 */
export function invertFileEdits(before: Design, edits: readonly FileEdit[]): FileEdit[] {
  const inverse: FileEdit[] = [];
  for (const [file, fileEdits] of groupByFile(edits)) {
    const oldText = findFile(before, file)?.text ?? '';
    let shift = 0;
    for (const edit of [...fileEdits].sort((a, b) => a.start - b.start)) {
      const start = edit.start + shift;
      inverse.push({
        file,
        start,
        end: start + edit.text.length,
        text: oldText.slice(edit.start, edit.end),
      });
      shift += edit.text.length - (edit.end - edit.start);
    }
  }
  return inverse;
}

/** The single minimal edit that turns the file's current text into `text` (none if equal). */
export function editToText(design: Design, file: string, text: string): FileEdit | undefined {
  const edit = diffToEdit(findFile(design, file)?.text ?? '', text);
  return edit && { file, ...edit };
}
