import type { TextEdit } from '../../design/design-file.ts';

const MARKER_LINE = /^---[ \t]*\r?\n/;

/**
 * Appends a document (its text, ending with a newline) to a file: after a `---` line unless the
 * file is empty, and after a newline when the file's last line lacks one.
 */
export function appendDocument(fileText: string, document: string): TextEdit {
  const end = fileText.length;
  if (fileText.trim() === '') return { start: 0, end, text: document };
  const newline = fileText.endsWith('\n') ? '' : '\n';
  return { start: end, end, text: `${newline}---\n${document}` };
}

/**
 * Removes a whole segment (one `---` block and the comments in it) from a file. When the first
 * segment goes and the next one starts with a bare `---` line, that line goes too, so the file
 * does not start with an empty document marker.
 */
export function removeSegment(
  fileText: string,
  starts: readonly number[],
  index: number,
): TextEdit {
  const start = starts[index]!;
  const end = starts[index + 1] ?? fileText.length;
  if (index === 0 && !MARKER_LINE.test(fileText.slice(start)) && end < fileText.length) {
    const marker = MARKER_LINE.exec(fileText.slice(end));
    if (marker) return { start, end: end + marker[0].length, text: '' };
  }
  return { start, end, text: '' };
}

/** A document's text inserted right after a segment, as a new `---` segment. */
export function insertDocumentAfter(
  fileText: string,
  segmentEnd: number,
  document: string,
): TextEdit {
  const newline = segmentEnd > 0 && fileText[segmentEnd - 1] !== '\n' ? '\n' : '';
  return { start: segmentEnd, end: segmentEnd, text: `${newline}---\n${document}` };
}
