import type { EditDiagnosticCode } from '../../diagnostics.ts';

/**
 * Why an edit cannot be made. The edit primitives throw it; commands catch it and report it as
 * a diagnostic, so a command that does not fit the document never breaks the caller.
 */
export class EditError extends Error {
  constructor(
    readonly code: EditDiagnosticCode,
    message: string,
  ) {
    super(message);
    this.name = 'EditError';
  }
}
