import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileEdit } from '../core/commands/types.ts';
import { createDesign, findFile } from '../core/design/design.ts';
import { applyFileEdits, invertFileEdits } from './file-edits.ts';

/** Random non-overlapping edits over a text of `length` characters. */
const editsOver = (length: number) =>
  fc
    .array(fc.tuple(fc.nat(length), fc.nat(length), fc.string({ maxLength: 6 })), {
      maxLength: 4,
    })
    .map((raw) => {
      const edits: FileEdit[] = [];
      let cursor = 0;
      for (const [a, b, text] of [...raw].sort((x, y) => x[0] - y[0])) {
        const start = Math.max(a, cursor);
        const end = Math.min(Math.max(start, b), length);
        if (start > length) break;
        edits.push({ file: 'a.yaml', start, end, text });
        cursor = end + 1;
      }
      return edits;
    });

describe('file edits', () => {
  it('the inverse of any edits restores the text exactly', () => {
    const yamlish = fc.stringMatching(/^[a-z:\- \n#]{0,60}$/);
    fc.assert(
      fc.property(
        yamlish.chain((text) => fc.tuple(fc.constant(text), editsOver(text.length))),
        ([text, edits]) => {
          const before = createDesign([{ name: 'a.yaml', text }]);
          const after = applyFileEdits(before, edits);
          const restored = applyFileEdits(after, invertFileEdits(before, edits));
          expect(findFile(restored, 'a.yaml')?.text).toBe(text);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('creates a file that an edit names but the design does not have', () => {
    const design = applyFileEdits(createDesign([]), [
      { file: 'new.yaml', start: 0, end: 0, text: 'kind: Service\n' },
    ]);
    expect(findFile(design, 'new.yaml')?.text).toBe('kind: Service\n');
  });
});
