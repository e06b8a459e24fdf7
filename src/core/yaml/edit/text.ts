/** Line arithmetic on a source text: the edit primitives work in whole lines where they can. */

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the newline ending the line holding `offset` (or the end of the text). */
export function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** 0-based column of `offset`. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** `end` moved back over trailing white space and newlines: where the written content stops. */
export function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  return at;
}

/** The line holding `offset`, without its newline. */
export function lineAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  const newline = text.indexOf('\n', start);
  return text.slice(start, newline === -1 ? text.length : newline);
}

/** Number of leading spaces of a line. */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** True when only spaces separate `offset` from the start of its line. */
export function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === '';
}

/**
 * Moves a line start up over the comment lines right above it that are indented at least to
 * `column`: those comments describe the node that follows. A blank line or a less indented
 * comment (which describes the parent) stops it.
 */
export function withLeadingComments(text: string, start: number, column: number): number {
  let at = start;
  while (at > 0) {
    const previous = lineStart(text, at - 1);
    const line = text.slice(previous, at - 1);
    if (!line.trimStart().startsWith('#') || indentOf(line) < column) break;
    at = previous;
  }
  return at;
}

/** Prefixes every non-empty line but the first with `column` spaces. */
export function indentFollowingLines(block: string, column: number): string {
  const pad = ' '.repeat(column);
  return block
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

/** Prefixes every non-empty line with `column` spaces. */
export function indentLines(block: string, column: number): string {
  return ' '.repeat(block === '' ? 0 : column) + indentFollowingLines(block, column);
}
