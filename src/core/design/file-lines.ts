import type { Diagnostic } from '../diagnostics.ts';
import { LineIndex, type Position, type SourceRange, type TextLines } from '../source.ts';
import { MAX_FILE_BYTES } from '../yaml/limits.ts';
import { segmentIndexAt, type DesignFile } from './design-file.ts';
import type { Segment } from './segment.ts';

const segmentLines = new WeakMap<Segment, LineIndex>();

/** The segment's own line index (cached: segments are shared across edits). */
export function segmentLineIndex(segment: Segment): LineIndex {
  let index = segmentLines.get(segment);
  if (!index) {
    index = new LineIndex(segment.text);
    segmentLines.set(segment, index);
  }
  return index;
}

/**
 * Line index of a file, composed from its segments' indexes. Segments start at line starts, so a
 * file position is the segment's first line plus the position inside the segment. After an edit
 * only the re-parsed segments are scanned for newlines; the rest is one pass over the segments.
 */
class FileLines implements TextLines {
  /** 0-based line of each segment's first character. */
  private readonly firstLines: number[];

  constructor(private readonly file: DesignFile) {
    this.firstLines = [];
    let line = 0;
    for (const segment of file.segments) {
      this.firstLines.push(line);
      line += segmentLineIndex(segment).lineCount - 1;
    }
    this.lineCount = line + 1;
  }

  readonly lineCount: number;

  get text(): string {
    return this.file.text;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.file.text.length));
    const i = segmentIndexAt(this.file, clamped);
    const start = this.file.starts[i]!;
    const inner = segmentLineIndex(this.file.segments[i]!).position(clamped - start);
    return { offset: clamped, line: inner.line + this.firstLines[i]!, column: inner.column };
  }

  offset(line: number, column: number): number {
    const target = Math.max(1, Math.min(line, this.lineCount)) - 1;
    let low = 0;
    let high = this.firstLines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.firstLines[mid]! <= target) low = mid;
      else high = mid - 1;
    }
    const lineStart =
      this.file.starts[low]! +
      segmentLineIndex(this.file.segments[low]!).offset(target - this.firstLines[low]! + 1, 1);
    // Like LineIndex, a column past the end of the line runs on into the next lines.
    return Math.min(this.file.text.length, lineStart + Math.max(0, column - 1));
  }

  range(file: string, start: number, end: number): SourceRange {
    return { file, start: this.position(start), end: this.position(end) };
  }
}

const fileLines = new WeakMap<DesignFile, TextLines>();

/** The file's line index, built on first use and kept as long as the file object lives. */
export function lineIndexOf(file: DesignFile): TextLines {
  let index = fileLines.get(file);
  if (!index) {
    index = file.segments.length > 0 ? new FileLines(file) : new LineIndex(file.text);
    fileLines.set(file, index);
  }
  return index;
}

const diagnosticsByFile = new WeakMap<DesignFile, Diagnostic[]>();

/** The file's parse diagnostics with absolute positions (cached per file object). */
export function fileDiagnostics(file: DesignFile): Diagnostic[] {
  let diagnostics = diagnosticsByFile.get(file);
  if (!diagnostics) {
    diagnostics = computeFileDiagnostics(file);
    diagnosticsByFile.set(file, diagnostics);
  }
  return diagnostics;
}

function computeFileDiagnostics(file: DesignFile): Diagnostic[] {
  if (file.tooLarge) {
    return [
      {
        code: 'file-too-large',
        severity: 'error',
        message: `The file is over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit, so it was not parsed; its text is kept as it is.`,
        file: file.name,
        range: lineIndexOf(file).range(file.name, 0, 0),
      },
    ];
  }
  if (file.segments.every((s) => s.diagnostics.length === 0)) return [];
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
