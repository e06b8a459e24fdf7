import { expect } from 'vitest';
import { createDesign, findFile, type Design } from '../design/design.ts';
import { applyTextEdits } from '../yaml/edit/apply-edits.ts';
import { applyCommand } from './apply.ts';
import type { Command, CommandResult } from './types.ts';

/** A design of one file `a.yaml` (or several named files). */
export function designOf(files: string | Record<string, string>): Design {
  const entries = typeof files === 'string' ? { 'a.yaml': files } : files;
  return createDesign(Object.entries(entries).map(([name, text]) => ({ name, text })));
}

/**
 * Applies a command and checks what every result must satisfy: the returned edits turn the old
 * texts into the new ones, and the new design has no YAML errors it did not have before.
 */
export function apply(design: Design, command: Command): CommandResult {
  const result = applyCommand(design, command);
  for (const file of result.design.files) {
    const before = findFile(design, file.name)?.text ?? '';
    const edits = result.edits.filter((e) => e.file === file.name);
    expect(applyTextEdits(before, edits)).toBe(file.text);
  }
  const errors = (d: Design) => d.diagnostics.filter((x) => x.code.startsWith('yaml-')).length;
  expect(errors(result.design)).toBeLessThanOrEqual(errors(design));
  return result;
}

/** Applies a command that must succeed and returns the text of `file` afterwards. */
export function textAfter(design: Design, command: Command, file = 'a.yaml'): string {
  const result = apply(design, command);
  expect(result.diagnostics).toEqual([]);
  return findFile(result.design, file)!.text;
}
