import type * as monaco from 'monaco-editor';
import type { Diagnostic, Severity } from '../../../core/diagnostics.ts';
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
    .map((d) => {
      const range = d.range!;
      return {
        severity: severityOf(m, d.severity),
        message: d.message,
        code: d.code,
        startLineNumber: range.start.line,
        startColumn: range.start.column,
        endLineNumber: range.end.line,
        endColumn: range.end.column,
      };
    });
  m.editor.setModelMarkers(model, owner, markers);
}
