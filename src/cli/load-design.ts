import type { Diagnostic } from '../core/diagnostics.ts';
import { createDesign, type Design } from '../core/design/design.ts';
import { readInputs } from './read-inputs.ts';

/**
 * Whether a diagnostic means some input could not be read or parsed. A duplicate definition is an
 * error about the design, not the input: every file parsed (the Gateway API examples reuse names).
 */
export function isInputFailure(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error' && diagnostic.code !== 'duplicate-resource';
}

export interface LoadedDesign {
  design: Design;
  /** Read failures followed by the design's parse diagnostics. */
  diagnostics: Diagnostic[];
  /** True when some input could not be read or parsed: the command exits with status 2. */
  inputFailed: boolean;
}

/** Reads the named files and directories and parses them into one design. */
export async function loadDesign(
  paths: readonly string[],
  defaultNamespace?: string,
): Promise<LoadedDesign> {
  const { sources, diagnostics: readDiagnostics } = await readInputs(paths);
  const design = createDesign(sources, defaultNamespace ? { defaultNamespace } : {});
  const diagnostics = [...readDiagnostics, ...design.diagnostics];
  return {
    design,
    diagnostics,
    inputFailed: diagnostics.some(isInputFailure),
  };
}
