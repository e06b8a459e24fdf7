/**
 * Splits a YAML stream into segments at `---` document markers. YAML forbids a line that starts
 * with `---` (followed by white space or the end of the line) inside any content, so the split is
 * exact: parsing each segment alone gives the documents a full parse gives. This is what lets an
 * edit re-parse only the segment it touched.
 *
 * Only `\n` ends a line here, as in the yaml library (a lone `\r` or U+2028 does not).
 * Directives (`%YAML 1.1`, `%TAG …`) belong to the document after them, so a segment starts at
 * the first directive of the directive lines (with comments and blank lines between them) that
 * lead to a `---`, when they follow the start of the text or a `...` document end; elsewhere a
 * `%` line is document content (and an error), and the segment starts at the `---` itself.
 */

/** True when a `---` or `...` marker starts at `at`: three characters then space or line end. */
function isMarkerAt(text: string, at: number, marker: '---' | '...'): boolean {
  if (!text.startsWith(marker, at)) return false;
  const after = text.charCodeAt(at + 3);
  // NaN (end of text), space, tab, \n, \r.
  return Number.isNaN(after) || after === 32 || after === 9 || after === 10 || after === 13;
}

/** Start of the line before the line starting at `lineStart` (which must be > 0). */
function previousLineStart(text: string, lineStart: number): number {
  // lastIndexOf treats a negative position as 0, which would find the newline ending line 1.
  return lineStart < 2 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
}

function isBlankOrComment(text: string, lineStart: number): boolean {
  for (let i = lineStart; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c === 35) return true; // '#'
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Where the segment of the `---` line at `marker` starts: the marker itself, or the first line
 * of the directives that lead to it.
 */
function segmentStartOf(text: string, marker: number): number {
  let start = marker;
  let line = marker;
  while (line > 0) {
    line = previousLineStart(text, line);
    if (text.charCodeAt(line) === 37 /* '%' */) start = line;
    else if (isMarkerAt(text, line, '...')) return start;
    else if (!isBlankOrComment(text, line)) return marker;
  }
  return start;
}

/** Start offsets of the segments of `text`, strictly increasing; the first is always 0. */
export function segmentStarts(text: string): number[] {
  const starts = [0];
  for (let nl = text.indexOf('\n---'); nl !== -1; nl = text.indexOf('\n---', nl + 1)) {
    const marker = nl + 1;
    if (!isMarkerAt(text, marker, '---')) continue;
    const start = segmentStartOf(text, marker);
    // Directives at the very top start the first segment, which starts at 0 already.
    if (start > starts[starts.length - 1]!) starts.push(start);
  }
  return starts;
}

/** The segment texts of `text`; joined, they give `text` back exactly. */
export function splitSegments(text: string): string[] {
  const starts = segmentStarts(text);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
}
