import { parseAllDocuments, type Document } from 'yaml';
import type { Severity, ParseDiagnosticCode } from '../diagnostics.ts';

/** A diagnostic whose offsets are relative to the start of its segment. */
export interface SegmentDiagnostic {
  code: ParseDiagnosticCode | (string & {});
  severity: Severity;
  message: string;
  start: number;
  end: number;
  path?: string;
  resource?: { kind: string; namespace?: string; name: string };
}

const YAML_CODES: Record<string, ParseDiagnosticCode> = {
  TAB_AS_INDENT: 'yaml-tab-indent',
  DUPLICATE_KEY: 'yaml-duplicate-key',
  BAD_ALIAS: 'yaml-anchor',
};

/** yaml's messages end with a code frame we do not need: keep the first line, without the location. */
function plainMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}

export interface ParsedSegment {
  docs: Document.Parsed[];
  diagnostics: SegmentDiagnostic[];
}

/** Parses one segment's text. Never throws: every problem becomes a diagnostic. */
export function parseSegment(text: string): ParsedSegment {
  const docs = [...parseAllDocuments(text, { prettyErrors: false })];
  const diagnostics: SegmentDiagnostic[] = [];
  for (const doc of docs) {
    for (const error of doc.errors) {
      diagnostics.push({
        code: YAML_CODES[error.code] ?? 'yaml-syntax',
        severity: 'error',
        message: plainMessage(error.message),
        start: error.pos[0],
        end: Math.max(error.pos[1], error.pos[0] + 1),
      });
    }
    for (const warning of doc.warnings) {
      diagnostics.push({
        code: YAML_CODES[warning.code] ?? 'yaml-syntax',
        severity: 'warning',
        message: plainMessage(warning.message),
        start: warning.pos[0],
        end: Math.max(warning.pos[1], warning.pos[0] + 1),
      });
    }
  }
  return { docs, diagnostics };
}
