import { findFile, type Design } from '../design/design.ts';
import type { Resource } from '../model/resource.ts';
import { appendDocument, removeSegment } from '../yaml/edit/documents.ts';
import { EditError } from '../yaml/edit/errors.ts';
import { commit } from './result.ts';
import type { CommandResult } from './types.ts';

const MARKER_LINE = /^---[^\n]*\n/;

/**
 * Moves an object to another file (created when missing): its whole `---` segment, comments
 * included, leaves its file and is appended to the other byte for byte.
 */
export function moveToFile(design: Design, resource: Resource, target: string): CommandResult {
  if (target === resource.file) return commit(design, []);
  if (target.trim() === '') throw new EditError('edit-invalid', 'A file needs a name.');
  const file = findFile(design, resource.file)!;
  const index = file.segments.findIndex((s) => s.id === resource.segmentId);
  const segment = file.segments[index]!;
  if (resource.basePath.length > 0 || segment.docs.length !== 1) {
    throw new EditError(
      'edit-unsupported',
      `${resource.kind} ${resource.name} shares its document with others: only a document of its own can move.`,
    );
  }
  const body = segment.text.replace(MARKER_LINE, '');
  const document = body.endsWith('\n') ? body : `${body}\n`;
  const targetText = findFile(design, target)?.text ?? '';
  return commit(design, [
    { file: file.name, ...removeSegment(file.text, file.starts, index) },
    { file: target, ...appendDocument(targetText, document) },
  ]);
}
