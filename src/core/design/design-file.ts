import type { Resource } from '../model/resource.ts';
import { exceedsFileLimit } from '../yaml/limits.ts';
import { segmentStarts } from '../yaml/segments.ts';
import { buildSegment, type Segment } from './segment.ts';

/** A replacement of `[start, end)` of a file's current text by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** One file of the design. Its text is exactly the concatenation of its segments' texts. */
export interface DesignFile {
  name: string;
  text: string;
  segments: readonly Segment[];
  /** Offset of each segment in `text`, parallel to `segments`. */
  starts: readonly number[];
  /** Set when the file was too large to parse; its text is kept, untouched. */
  tooLarge: boolean;
}

/** Parses a whole file. A file over the size limit keeps its text and gets no segments. */
export function createDesignFile(name: string, text: string, defaultNamespace: string): DesignFile {
  if (exceedsFileLimit(text)) {
    return { name, text, segments: [], starts: [], tooLarge: true };
  }
  const starts = segmentStarts(text);
  const segments = starts.map((start, i) =>
    buildSegment(text.slice(start, starts[i + 1] ?? text.length), name, defaultNamespace),
  );
  return { name, text, segments, starts, tooLarge: false };
}

/** Index of the segment holding `offset` (the last one for the end of the text). */
export function segmentIndexAt(file: DesignFile, offset: number): number {
  let low = 0;
  let high = file.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (file.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Where an edit's text landed in the new text, and how far the text after it moved. */
interface Landing {
  start: number;
  end: number;
  /** New offset minus old offset, for text after this edit. */
  shift: number;
}

/** Applies sorted, non-overlapping edits; throws a RangeError for edits that break that rule. */
function applyEdits(
  before: string,
  edits: readonly TextEdit[],
): { text: string; landings: Landing[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const landings: Landing[] = [];
  let length = 0;
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > before.length) {
      throw new RangeError(`Overlapping or out-of-range edit at ${edit.start}-${edit.end}`);
    }
    if (edit.start === edit.end && edit.text === '') continue;
    const kept = before.slice(cursor, edit.start);
    parts.push(kept, edit.text);
    length += kept.length;
    landings.push({ start: length, end: length + edit.text.length, shift: 0 });
    length += edit.text.length;
    landings[landings.length - 1]!.shift = length - edit.end;
    cursor = edit.end;
  }
  parts.push(before.slice(cursor));
  return { text: parts.join(''), landings };
}

/**
 * V8 keeps a whole string alive while a slice of it lives. A segment outlives the file text it
 * was cut from, so incremental segments get their own copy: otherwise every edited segment would
 * pin one version of the whole file.
 */
function detached(text: string): string {
  return (' ' + text).slice(1);
}

/**
 * Applies non-overlapping edits and re-parses only the segments whose text changed. The new text
 * is split exactly as {@link createDesignFile} splits it (one string scan); a new segment that is
 * a verbatim copy of an old one at the same place keeps the old Segment, and its resources.
 * Parsing a segment depends only on its text, so the result equals a parse from scratch.
 */
export function editDesignFile(
  file: DesignFile,
  edits: readonly TextEdit[],
  defaultNamespace: string,
): DesignFile {
  if (edits.length === 0) return file;
  const { text, landings } = applyEdits(file.text, edits);
  if (text === file.text) return file;
  if (file.tooLarge || exceedsFileLimit(text)) {
    return createDesignFile(file.name, text, defaultNamespace);
  }
  const starts = segmentStarts(text);
  const segments: Segment[] = [];
  let passed = 0; // landings wholly before the current segment
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    while (passed < landings.length && landings[passed]!.end <= start) passed++;
    // The next landing ends after `start`; it changes the segment if it starts before `end`
    // (for a deletion, whose landing is empty, that means strictly inside the segment).
    const touched = passed < landings.length && landings[passed]!.start < end;
    if (!touched) {
      const shift = passed > 0 ? landings[passed - 1]!.shift : 0;
      const old = reusableSegment(file, start - shift, end - start);
      if (old) {
        segments.push(old);
        return;
      }
    }
    segments.push(buildSegment(detached(text.slice(start, end)), file.name, defaultNamespace));
  });
  return { name: file.name, text, segments, starts, tooLarge: false };
}

/** The old segment that starts at `oldStart` and is `length` long, if there is one. */
function reusableSegment(file: DesignFile, oldStart: number, length: number): Segment | undefined {
  const index = segmentIndexAt(file, oldStart);
  if (file.starts[index] !== oldStart) return undefined;
  const segment = file.segments[index];
  return segment && segment.text.length === length ? segment : undefined;
}

/** The smallest single edit turning `before` into `after` (common prefix and suffix kept). */
export function diffToEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return {
    start: prefix,
    end: before.length - suffix,
    text: after.slice(prefix, after.length - suffix),
  };
}

const resourcesByFile = new WeakMap<DesignFile, Resource[]>();

/** The file's resources in document order (cached per file object). */
export function fileResources(file: DesignFile): Resource[] {
  let resources = resourcesByFile.get(file);
  if (!resources) {
    resources = [];
    // A loop, not flatMap: this runs over every segment of the file after each keystroke.
    for (const segment of file.segments) for (const r of segment.resources) resources.push(r);
    resourcesByFile.set(file, resources);
  }
  return resources;
}

export { fileDiagnostics, lineIndexOf } from './file-lines.ts';
