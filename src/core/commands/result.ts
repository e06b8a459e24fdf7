import { addFile, editFile, findFile, type Design } from '../design/design.ts';
import type { Diagnostic, EditDiagnosticCode } from '../diagnostics.ts';
import type { Resource } from '../model/resource.ts';
import { EditError } from '../yaml/edit/errors.ts';
import type { CommandResult, FileEdit } from './types.ts';

/** A diagnostic about a command, pointing at the resource it targets when there is one. */
export function editDiagnostic(
  code: EditDiagnosticCode,
  message: string,
  resource?: Resource,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  return {
    code,
    severity,
    message,
    file: resource?.file ?? '',
    ...(resource
      ? { resource: { kind: resource.kind, namespace: resource.namespace, name: resource.name } }
      : {}),
  };
}

/** The result of a command that changed nothing. */
export function unchanged(design: Design, diagnostic: Diagnostic): CommandResult {
  return { design, edits: [], diagnostics: [diagnostic] };
}

/**
 * Applies the edits of a command (all in the design's current offsets) file by file. Edits to a
 * file that does not exist create it.
 */
export function commit(
  design: Design,
  edits: readonly FileEdit[],
  diagnostics: readonly Diagnostic[] = [],
): CommandResult {
  const sorted = [...edits].sort((a, b) =>
    a.file === b.file ? a.start - b.start || a.end - b.end : a.file < b.file ? -1 : 1,
  );
  const byFile = new Map<string, FileEdit[]>();
  const merged: FileEdit[] = [];
  for (const edit of sorted) {
    const list = byFile.get(edit.file);
    const previous = list?.[list.length - 1];
    // Insertions at one point become one edit, so an editor applies them in this order.
    if (
      previous &&
      previous.start === previous.end &&
      edit.start === edit.end &&
      previous.start === edit.start
    ) {
      const joined = { ...previous, text: previous.text + edit.text };
      list![list!.length - 1] = joined;
      merged[merged.length - 1] = joined;
      continue;
    }
    if (list) list.push(edit);
    else byFile.set(edit.file, [edit]);
    merged.push(edit);
  }
  let next = design;
  for (const [file, fileEdits] of byFile) {
    next = findFile(next, file)
      ? editFile(next, file, fileEdits)
      : addFile(next, { name: file, text: fileEdits.map((e) => e.text).join('') });
  }
  return { design: next, edits: merged, diagnostics };
}

/** Runs a command body, turning an EditError into the command's diagnostic. */
export function attempt(
  design: Design,
  resource: Resource | undefined,
  body: () => CommandResult,
): CommandResult {
  try {
    return body();
  } catch (error) {
    if (error instanceof EditError) {
      return unchanged(design, editDiagnostic(error.code, error.message, resource));
    }
    if (error instanceof RangeError) {
      // Two parts of one command touched the same text: refuse rather than corrupt the file.
      return unchanged(design, editDiagnostic('edit-invalid', error.message, resource));
    }
    throw error;
  }
}
