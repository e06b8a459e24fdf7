import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designText } from '../testing/design-arbitraries.ts';
import { designSnapshot } from '../testing/design-snapshot.ts';
import { applyTextEdits, editOp, resolveBatch, type EditOp } from '../testing/text-edit-ops.ts';
import type { TextEdit } from './design-file.ts';
import { createDesign, editFile, setFileText, type Design } from './design.ts';

/** One step of the model test: edits through `editFile`, or a whole new text through `setFileText`. */
interface Step {
  via: 'editFile' | 'setFileText';
  ops: EditOp[];
}

const step: fc.Arbitrary<Step> = fc.record({
  via: fc.constantFrom('editFile', 'editFile', 'setFileText'),
  ops: fc.array(editOp, { minLength: 1, maxLength: 3 }),
});

/**
 * Runs the steps on file `a.yaml` of a two-file design and checks after every step that the
 * incremental design equals one parsed from scratch. Throws with the op log on a mismatch.
 */
function checkIncremental(initial: string, steps: readonly Step[]): void {
  const other = { name: 'b.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n' };
  let design: Design = createDesign([{ name: 'a.yaml', text: initial }, other]);
  const otherFile = design.files[1];
  let text = initial;
  const log: { via: string; edits: TextEdit[] }[] = [];
  for (const { via, ops } of steps) {
    const edits = resolveBatch(text, ops);
    log.push({ via, edits });
    text = applyTextEdits(text, edits);
    design =
      via === 'editFile' ? editFile(design, 'a.yaml', edits) : setFileText(design, 'a.yaml', text);
    const scratch = createDesign([{ name: 'a.yaml', text }, other]);
    try {
      expect(design.files[1]).toBe(otherFile);
      expect(designSnapshot(design)).toEqual(designSnapshot(scratch));
    } catch (error) {
      const ops = JSON.stringify({ initial, log }, null, 1);
      throw new Error(`Incremental parse differs from scratch after:\n${ops}\n${String(error)}`, {
        cause: error,
      });
    }
  }
}

describe('incremental re-parse equals parse from scratch', () => {
  it('holds for random designs and random edit sequences', () => {
    fc.assert(
      fc.property(designText, fc.array(step, { minLength: 1, maxLength: 8 }), checkIncremental),
      { numRuns: 200 },
    );
  }, 120_000);

  // Cases the model test aims at, pinned so they run on every change. The previous run-based
  // implementation failed 'delete one dash of a marker' and 'break the marker line by joining it'.
  const at = (start: number, end: number, text: string): Step => ({
    via: 'editFile',
    ops: [{ anchor: 'zero', fraction: 0, nudge: start, remove: end - start, insert: text }],
  });
  const doc = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n`;
  const two = doc('a') + '---\n' + doc('b');
  const cut = doc('a').length;

  it.each([
    ['insert at offset 0', two, at(0, 0, 'x')],
    ['insert at the end', two, at(two.length, two.length, '---\n')],
    ['delete the newline before ---', two, at(cut - 1, cut, '')],
    ['delete one dash of a marker', two, at(cut + 1, cut + 2, '')],
    ['insert a --- line inside a document', two, at(cut + 4, cut + 4, '---\n')],
    ['break the marker line by joining it', two, at(cut + 3, cut + 4, '')],
    ['empty the file', two, at(0, two.length, '')],
    ['fill an empty file', '', at(0, 0, two)],
    ['comments only', '# a\n# b\n', at(4, 4, '---\n')],
    ['directive before a marker', two, at(cut, cut, '...\n%YAML 1.1\n')],
    ['directive loses its ...', '...\n%YAML 1.1\n---\nx: yes\n', at(0, 4, '')],
    ['a marker at the very start', '---\n' + doc('a'), at(0, 1, '')],
  ])('%s', (_, initial, edit) => {
    checkIncremental(initial, [edit]);
  });

  it('keeps a directive with its document when the marker line is cut (fast-check, seed 1044816907)', () => {
    checkIncremental('%YAML 1.2\n---\n', [
      {
        via: 'editFile',
        ops: [{ anchor: 'marker', fraction: 0, nudge: 1, remove: 'line', insert: '' }],
      },
      {
        via: 'editFile',
        ops: [{ anchor: 'any', fraction: 0, nudge: 0, remove: 'line', insert: '' }],
      },
    ]);
  });
});
