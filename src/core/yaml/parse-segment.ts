import { parseAllDocuments, type Document, type EmptyStream, type YAMLError } from 'yaml';
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

function toDiagnostic(error: YAMLError, severity: Severity): SegmentDiagnostic {
  return {
    code: YAML_CODES[error.code] ?? 'yaml-syntax',
    severity,
    message: plainMessage(error.message),
    start: error.pos[0],
    end: Math.max(error.pos[1], error.pos[0] + 1),
  };
}

/** Parses one segment's text. Never throws: every problem becomes a diagnostic. */
export function parseSegment(text: string): ParsedSegment {
  let stream: Document.Parsed[] | EmptyStream;
  try {
    stream = parseAllDocuments(text, { prettyErrors: false });
  } catch (error) {
    // yaml reports problems as errors on the documents; this guards against its own bugs.
    const message = error instanceof Error ? error.message : String(error);
    return {
      docs: [],
      diagnostics: [{ code: 'yaml-syntax', severity: 'error', message, start: 0, end: 1 }],
    };
  }
  const docs = [...stream];
  const diagnostics: SegmentDiagnostic[] = [];
  // A stream with no documents (only comments or directives) carries its problems itself.
  const sources: { errors: YAMLError[]; warnings: YAMLError[] }[] =
    'empty' in stream ? [stream] : docs;
  for (const source of sources) {
    for (const error of source.errors) diagnostics.push(toDiagnostic(error, 'error'));
    for (const warning of source.warnings) diagnostics.push(toDiagnostic(warning, 'warning'));
  }
  return { docs, diagnostics };
}
