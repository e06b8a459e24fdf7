/**
 * Splits a YAML stream into segments at `---` document markers. YAML forbids a line that starts
 * with `---` (followed by white space or the end of the line) inside any content, so the split is
 * exact: parsing each segment alone gives the documents a full parse gives. This is what lets an
 * edit re-parse only the segment it touched.
 */
const MARKER = /^---(?:[ \t\r]|$)/gm;

/** Start offsets of the segments of `text`; the first is always 0. */
export function segmentStarts(text: string): number[] {
  const starts = [0];
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match; match = MARKER.exec(text)) {
    if (match.index > 0) starts.push(match.index);
    // A marker at the end of the text matches an empty string at the same place again.
    if (MARKER.lastIndex === match.index) MARKER.lastIndex++;
  }
  return starts;
}

/** The segment texts of `text`; joined, they give `text` back exactly. */
export function splitSegments(text: string): string[] {
  const starts = segmentStarts(text);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
}
