import type { SourceRange } from './source.ts';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Stable diagnostic codes. Tools and docs refer to them by name, so a code is never renamed;
 * `docs/diagnostics.md` documents each one.
 */
export type ParseDiagnosticCode =
  | 'yaml-syntax'
  | 'yaml-tab-indent'
  | 'yaml-duplicate-key'
  | 'yaml-alias-limit'
  | 'yaml-anchor'
  | 'file-too-large'
  | 'file-unreadable'
  | 'document-not-mapping'
  | 'missing-api-version'
  | 'missing-kind'
  | 'missing-name'
  | 'invalid-api-version'
  | 'invalid-list-item'
  | 'duplicate-resource';

export type EditDiagnosticCode = 'edit-target-missing' | 'edit-invalid' | 'edit-unsupported';

export type DiagnosticCode = ParseDiagnosticCode | EditDiagnosticCode | (string & {});

/** The resource a diagnostic is about. */
export interface DiagnosticResource {
  kind: string;
  namespace?: string;
  name: string;
}

/** A finding about the design: data with a code and a position, collected rather than thrown. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file: string;
  range?: SourceRange;
  /** Field path inside the resource, printed as `spec.rules[1].backendRefs[0].port`. */
  path?: string;
  resource?: DiagnosticResource;
  /** The equivalent `istioctl analyze` code, e.g. `IST0101`. */
  istioCode?: string;
}

export type FieldPath = readonly (string | number)[];

/** Formats a field path the way kubectl and the Gateway API docs write it. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
