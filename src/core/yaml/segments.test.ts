import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { segmentStarts, splitSegments } from './segments.ts';

describe('splitSegments', () => {
  it.each([
    ['no marker', 'a: 1\n', ['a: 1\n']],
    ['empty text', '', ['']],
    ['marker at the start stays in the first segment', '---\na: 1\n', ['---\na: 1\n']],
    ['two documents', 'a: 1\n---\nb: 2\n', ['a: 1\n', '---\nb: 2\n']],
    ['marker with a comment', 'a: 1\n--- # x\nb: 2', ['a: 1\n', '--- # x\nb: 2']],
    ['marker at the end', 'a: 1\n---', ['a: 1\n', '---']],
    ['CRLF marker', 'a: 1\r\n---\r\nb: 2\r\n', ['a: 1\r\n', '---\r\nb: 2\r\n']],
    ['---x is content', 'a: 1\n---x\n', ['a: 1\n---x\n']],
    ['indented --- is content', 'a: |\n  ---\n', ['a: |\n  ---\n']],
    ['a lone CR is not a line break', 'a: 1\r---\rb: 2', ['a: 1\r---\rb: 2']],
    ['U+2028 is not a line break', 'a: "x\u2028--- y"\n', ['a: "x\u2028--- y"\n']],
    [
      'directives after ... go with the next document',
      'a: 1\n...\n# c\n%YAML 1.1\n\n%TAG ! tag:x,2000:\n---\nb: yes\n',
      ['a: 1\n...\n# c\n', '%YAML 1.1\n\n%TAG ! tag:x,2000:\n---\nb: yes\n'],
    ],
    ['directives at the top', '%YAML 1.1\n---\nb: yes\n', ['%YAML 1.1\n---\nb: yes\n']],
    [
      'a % line without ... is content of the document before',
      'a: 1\n%YAML 1.2\n---\nb: 2\n',
      ['a: 1\n%YAML 1.2\n', '---\nb: 2\n'],
    ],
    ['leading blank line', '\n---\na: 1\n', ['\n', '---\na: 1\n']],
  ])('%s', (_, text, segments) => {
    expect(splitSegments(text)).toEqual(segments);
  });

  it('gives the text back when joined, with strictly increasing starts', () => {
    const piece = fc.constantFrom(
      'a: 1',
      '---',
      '...',
      '%YAML 1.1',
      '# c',
      '',
      ' ---',
      '--- x',
      '\r',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        expect(splitSegments(text).join('')).toBe(text);
        const starts = segmentStarts(text);
        expect(starts[0]).toBe(0);
        starts.slice(1).forEach((s, i) => expect(s).toBeGreaterThan(starts[i]!));
      }),
    );
  });

  it('gives the documents a parse of the whole stream gives, directives included', () => {
    const text = 'a: 1\n---\nb: [1, 2]\n...\n%YAML 1.1\n---\nc: yes\n--- |\n  text\n';
    const whole = parseAllDocuments(text) as unknown as { toJS(): unknown }[];
    const parts = splitSegments(text).flatMap(
      (s) => parseAllDocuments(s) as unknown as { toJS(): unknown }[],
    );
    expect(parts.map((d) => d.toJS())).toEqual(whole.map((d) => d.toJS()));
    expect(parts.map((d) => d.toJS())).toContainEqual({ c: true }); // YAML 1.1 kept
  });
});
