import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../source.ts';
import { createDesignFile } from './design-file.ts';
import { lineIndexOf } from './file-lines.ts';

describe('lineIndexOf', () => {
  it('composes segment indexes into the same positions a whole-text index gives', () => {
    const line = fc.constantFrom('a: 1', '---', '', '# c', '...', '  b: 2', '--- x');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 15 }), fc.boolean(), (lines, finalNewline) => {
        const text = lines.join('\n') + (finalNewline ? '\n' : '');
        const composed = lineIndexOf(createDesignFile('f.yaml', text, 'default'));
        const whole = new LineIndex(text);
        expect(composed.lineCount).toBe(whole.lineCount);
        for (let offset = -1; offset <= text.length + 1; offset++) {
          expect(composed.position(offset)).toEqual(whole.position(offset));
        }
        for (let l = 0; l <= whole.lineCount + 1; l++) {
          for (const column of [0, 1, 3, 99]) {
            expect(composed.offset(l, column)).toBe(whole.offset(l, column));
          }
        }
      }),
    );
  });
});
