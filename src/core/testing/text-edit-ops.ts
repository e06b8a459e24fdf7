import fc from 'fast-check';
import type { TextEdit } from '../design/design-file.ts';

/**
 * Random text edits for model tests of incremental parsing. An op is resolved against the text
 * it applies to, and aims at the places where incremental parsing goes wrong: offset 0, the end,
 * `---` lines and the newline before them, line starts.
 */
export interface EditOp {
  anchor: 'any' | 'zero' | 'end' | 'marker' | 'lineStart';
  /** Picks the offset (for 'any') or the marker / line (for the others). */
  fraction: number;
  /** Moves the anchored offset by a few characters, e.g. onto the newline before a `---`. */
  nudge: number;
  remove: number | 'line';
  insert: string;
}

const insertions = fc.constantFrom(
  '',
  'a',
  ' ',
  '\n',
  '\t',
  '-',
  '.',
  '#',
  ':',
  '%',
  '"',
  '&a ',
  '*a',
  '---',
  '---\n',
  '\n---\n',
  '--- ',
  '...\n',
  '...',
  '# comment\n',
  '%YAML 1.1\n',
  '%TAG ! tag:example.com,2000:\n',
  '\r\n',
  '  ',
  'metadata:\n  name: new\n',
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: added\n',
  '---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n',
);

export const editOp: fc.Arbitrary<EditOp> = fc.record({
  anchor: fc.constantFrom('any', 'any', 'zero', 'end', 'marker', 'marker', 'lineStart'),
  fraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  nudge: fc.integer({ min: -2, max: 2 }),
  remove: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant('line' as const)),
  insert: insertions,
});

function pick(offsets: number[], fraction: number): number {
  return offsets[Math.floor(fraction * offsets.length)] ?? 0;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The concrete edit an op makes on `text`. */
export function resolveOp(text: string, op: EditOp): TextEdit {
  let at: number;
  switch (op.anchor) {
    case 'zero':
      at = 0;
      break;
    case 'end':
      at = text.length;
      break;
    case 'marker':
      at = pick(
        lineStarts(text).filter((s) => text.startsWith('---', s) || text.startsWith('...', s)),
        op.fraction,
      );
      break;
    case 'lineStart':
      at = pick(lineStarts(text), op.fraction);
      break;
    default:
      at = Math.floor(op.fraction * (text.length + 1));
  }
  const start = Math.max(0, Math.min(text.length, at + op.nudge));
  const lineEnd = text.indexOf('\n', start);
  const end =
    op.remove === 'line'
      ? lineEnd === -1
        ? text.length
        : lineEnd + 1
      : Math.min(text.length, start + op.remove);
  return { start, end, text: op.insert };
}

/** Resolves several ops on the same text into non-overlapping edits (edits touching an earlier one are dropped). */
export function resolveBatch(text: string, ops: readonly EditOp[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const edit of ops.map((op) => resolveOp(text, op))) {
    // Strictly apart, so the order of two insertions at one offset never matters.
    if (edits.every((e) => edit.end < e.start || edit.start > e.end)) edits.push(edit);
  }
  return edits;
}

/** `text` after `edits` (non-overlapping, in any order): the reference for the model test. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), text);
}
