/** A point in a file. `line` and `column` are 1-based, as editors and compilers print them. */
export interface Position {
  offset: number;
  line: number;
  column: number;
}

/** A half-open span `[start, end)` of a file's text. */
export interface SourceRange {
  file: string;
  start: Position;
  end: Position;
}

/** Offset ⇄ line/column conversion for one text; {@link LineIndex} is the plain implementation. */
export interface TextLines {
  readonly text: string;
  readonly lineCount: number;
  /** Position of an offset; out-of-range offsets are clamped. */
  position(offset: number): Position;
  offset(line: number, column: number): number;
  range(file: string, start: number, end: number): SourceRange;
}

/**
 * Maps offsets to line/column for one text. Built once per text version with one scan for
 * newlines, so lookups are a binary search.
 */
export class LineIndex implements TextLines {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { offset: clamped, line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  offset(line: number, column: number): number {
    const lineStart = this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))]!;
    return Math.min(this.text.length, lineStart + Math.max(0, column - 1));
  }

  range(file: string, start: number, end: number): SourceRange {
    return { file, start: this.position(start), end: this.position(end) };
  }
}
