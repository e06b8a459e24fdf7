import type { Diagnostic } from '../diagnostics.ts';
import type { Resource } from '../model/resource.ts';
import { LineIndex } from '../source.ts';
import { MAX_FILE_BYTES } from '../yaml/limits.ts';
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

export function createDesignFile(name: string, text: string, defaultNamespace: string): DesignFile {
  if (text.length > MAX_FILE_BYTES) {
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

/**
 * Applies non-overlapping edits and re-parses only the segments they touch. A segment is touched
 * when an edit overlaps it, and the segment before an edit that starts on a boundary is touched
 * too (text inserted there joins that segment), as is the segment an edit ends at (removing the
 * newline before a `---` merges two segments).
 */
export function editDesignFile(
  file: DesignFile,
  edits: readonly TextEdit[],
  defaultNamespace: string,
): DesignFile {
  if (edits.length === 0) return file;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let text = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > file.text.length) {
      throw new RangeError(`Overlapping or out-of-range edit at ${edit.start}-${edit.end}`);
    }
    text += file.text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  text += file.text.slice(cursor);
  if (file.tooLarge || text.length > MAX_FILE_BYTES || file.segments.length === 0) {
    return createDesignFile(file.name, text, defaultNamespace);
  }

  // Group the touched segments into runs; each run carries the net length change of its edits.
  const runs: { first: number; last: number; delta: number }[] = [];
  for (const edit of sorted) {
    const first = segmentIndexAt(file, Math.max(0, edit.start - 1));
    const last = segmentIndexAt(file, edit.end);
    const delta = edit.text.length - (edit.end - edit.start);
    const previous = runs[runs.length - 1];
    if (previous && first <= previous.last + 1) {
      previous.last = Math.max(previous.last, last);
      previous.delta += delta;
    } else {
      runs.push({ first, last, delta });
    }
  }

  const segments: Segment[] = [];
  const starts: number[] = [];
  let shift = 0;
  let next = 0;
  const keep = (index: number) => {
    segments.push(file.segments[index]!);
    starts.push(file.starts[index]! + shift);
  };
  for (const run of runs) {
    for (; next < run.first; next++) keep(next);
    const newStart = file.starts[run.first]! + shift;
    shift += run.delta;
    const newEnd = (file.starts[run.last + 1] ?? file.text.length) + shift;
    const slice = text.slice(newStart, newEnd);
    const sliceStarts = segmentStarts(slice);
    sliceStarts.forEach((from, i) => {
      const to = sliceStarts[i + 1] ?? slice.length;
      // A run that edits reduced to nothing leaves no segment behind (unless the file is empty).
      if (from === to && (slice.length > 0 || segments.length > 0)) return;
      segments.push(buildSegment(slice.slice(from, to), file.name, defaultNamespace));
      starts.push(newStart + from);
    });
    next = run.last + 1;
  }
  for (; next < file.segments.length; next++) keep(next);
  if (segments.length === 0) return createDesignFile(file.name, text, defaultNamespace);
  return { name: file.name, text, segments, starts, tooLarge: false };
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

export function fileResources(file: DesignFile): Resource[] {
  return file.segments.flatMap((s) => s.resources);
}

const lineIndexes = new WeakMap<DesignFile, LineIndex>();

/** The file's line index, built on first use and kept as long as the file object lives. */
export function lineIndexOf(file: DesignFile): LineIndex {
  let index = lineIndexes.get(file);
  if (!index) {
    index = new LineIndex(file.text);
    lineIndexes.set(file, index);
  }
  return index;
}

/** The file's parse diagnostics with absolute positions. */
export function fileDiagnostics(file: DesignFile): Diagnostic[] {
  if (file.tooLarge) {
    return [
      {
        code: 'file-too-large',
        severity: 'error',
        message: `The file is ${file.text.length} characters; files over ${MAX_FILE_BYTES} are not parsed (the text is kept as it is).`,
        file: file.name,
        range: lineIndexOf(file).range(file.name, 0, 0),
      },
    ];
  }
  const lines = lineIndexOf(file);
  return file.segments.flatMap((segment, i) => {
    const base = file.starts[i]!;
    return segment.diagnostics.map(({ start, end, ...rest }) => ({
      ...rest,
      file: file.name,
      range: lines.range(file.name, base + start, base + end),
    }));
  });
}
