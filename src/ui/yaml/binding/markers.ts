import type * as monaco from 'monaco-editor';
import type { Diagnostic, Severity } from '../../../core/diagnostics.ts';
import type { SourceRange } from '../../../core/source.ts';
import type { Monaco } from '../monaco/setup.ts';

/** Marker owner for our diagnostics (monaco-yaml owns `yaml`). */
export const MARKER_OWNER = 'route-studio';

function severityOf(m: Monaco, severity: Severity): monaco.MarkerSeverity {
  if (severity === 'error') return m.MarkerSeverity.Error;
  if (severity === 'warning') return m.MarkerSeverity.Warning;
  return m.MarkerSeverity.Info;
}

/**
 * Shows the file's diagnostics as Monaco markers (squiggles, overview ruler, hover). Each owner's
 * markers replace only that owner's earlier ones.
 */
export function setDiagnosticMarkers(
  m: Monaco,
  model: monaco.editor.ITextModel,
  file: string,
  diagnostics: readonly Diagnostic[],
  owner = MARKER_OWNER,
): void {
  const markers = diagnostics
    .filter((d) => d.file === file && d.range)
    .map((d) => ({
      severity: severityOf(m, d.severity),
      message: d.message,
      code: d.code,
      ...visibleRange(model, d.range!),
    }));
  m.editor.setModelMarkers(model, owner, markers);
}

interface MarkerRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/**
 * Where a marker goes. A parser points at one character (often the end of a line, or past a
 * lone quote), which makes a squiggle too small to see: such a range grows to the whole token
 * under it, or else to the text of its line.
 */
export function visibleRange(model: monaco.editor.ITextModel, range: SourceRange): MarkerRange {
  const given = {
    startLineNumber: range.start.line,
    startColumn: range.start.column,
    endLineNumber: range.end.line,
    endColumn: range.end.column,
  };
  const oneLine = range.start.line === range.end.line;
  if (!oneLine || range.end.column - range.start.column > 1) return given;
  const line = Math.min(Math.max(range.start.line, 1), model.getLineCount());
  const word = model.getWordAtPosition({ lineNumber: line, column: range.start.column });
  if (word && word.endColumn - word.startColumn > 1)
    return { ...given, startLineNumber: line, endLineNumber: line, ...columns(word) };
  const first = model.getLineFirstNonWhitespaceColumn(line);
  const last = model.getLineLastNonWhitespaceColumn(line);
  if (first === 0) return given; // a blank line: nothing wider to show
  return { startLineNumber: line, startColumn: first, endLineNumber: line, endColumn: last };
}

function columns(word: { startColumn: number; endColumn: number }) {
  return { startColumn: word.startColumn, endColumn: word.endColumn };
}
