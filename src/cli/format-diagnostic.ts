import type { Diagnostic } from '../core/diagnostics.ts';
import { countOf } from '../core/text/plural.ts';

/** `file:line:col: severity code: message`, the way compilers print, so editors can jump to it. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const start = diagnostic.range?.start;
  const where = start ? `${diagnostic.file}:${start.line}:${start.column}` : diagnostic.file;
  const path = diagnostic.path ? ` (${diagnostic.path})` : '';
  return `${where}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}${path}`;
}

/** Counts of errors and warnings, as in `2 errors, 1 warning`. */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return `${countOf(errors, 'error')}, ${countOf(warnings, 'warning')}`;
}
