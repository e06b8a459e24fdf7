import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../yaml/limits.ts';
import { yaml } from '../testing/source.ts';
import { createDesign, editFile } from './design.ts';

const ok = yaml`
  apiVersion: v1
  kind: Service
  metadata:
    name: ok
`;

/** Parses `text` as the first document of a file followed by a valid one. */
function parseBefore(text: string) {
  const file = { name: 'bad.yaml', text: text + '---\n' + ok };
  const design = createDesign([file]);
  return {
    design,
    found: design.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      file: d.file,
      at: `${d.range?.start.line}:${d.range?.start.column}`,
      path: d.path,
    })),
  };
}

describe('bad input becomes diagnostics, and the rest of the file still parses', () => {
  it.each([
    ['invalid YAML', 'a: [1\n', 'yaml-syntax', '2:1', undefined],
    ['a tab as indentation', 'metadata:\n\tname: x\n', 'yaml-tab-indent', '2:1', undefined],
    ['a duplicate key', 'kind: A\nkind: B\n', 'yaml-duplicate-key', '2:1', undefined],
    ['an unknown alias', 'a: *nope\n', 'yaml-anchor', '1:4', undefined],
    ['a sequence document', '- a\n- b\n', 'document-not-mapping', '1:1', undefined],
    ['a scalar document', 'hello\n', 'document-not-mapping', '1:1', undefined],
    [
      'no apiVersion',
      'kind: Service\nmetadata:\n  name: a\n',
      'missing-api-version',
      '1:1',
      'apiVersion',
    ],
    ['no kind', 'apiVersion: v1\nmetadata:\n  name: a\n', 'missing-kind', '1:1', 'kind'],
    ['no metadata', 'apiVersion: v1\nkind: Service\n', 'missing-name', '1:1', 'metadata.name'],
    [
      'no name',
      'apiVersion: v1\nkind: Service\nmetadata:\n  labels: {}\n',
      'missing-name',
      '3:1',
      'metadata.name',
    ],
    [
      'a number as name',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: 5\n',
      'missing-name',
      '4:9',
      'metadata.name',
    ],
    [
      'a list item that is not an object',
      'apiVersion: v1\nkind: List\nitems:\n  - 5\n',
      'invalid-list-item',
      '4:5',
      'items[0]',
    ],
    [
      'an unknown version',
      'apiVersion: gateway.networking.k8s.io/v9\nkind: HTTPRoute\nmetadata:\n  name: r\n',
      'invalid-api-version',
      '1:13',
      'apiVersion',
    ],
  ])('%s', (_, text, code, at, path) => {
    const { design, found } = parseBefore(text);
    expect(found).toContainEqual(expect.objectContaining({ code, file: 'bad.yaml', at, path }));
    for (const d of design.diagnostics) {
      expect(d.message).toMatch(/^[A-Z%\w].*[^\n]$/);
      expect(d.message).not.toMatch(/at line \d+/);
    }
    expect(design.byKey.has('/Service/default/ok')).toBe(true);
    expect(design.files[0]!.text).toBe(text + '---\n' + ok);
  });

  it('reports a billion-laughs document quickly, without throwing', () => {
    let bomb = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i < 10; i++) {
      bomb += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]\n`;
    }
    const started = performance.now();
    const { design, found } = parseBefore(bomb);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found).toContainEqual(expect.objectContaining({ code: 'yaml-alias-limit', at: '1:1' }));
    expect(design.resources.map((r) => r.name)).toEqual(['ok']);
  });

  it('keeps a file over the size limit as text, reports it, and parses the others', () => {
    const big = '#'.repeat(MAX_FILE_BYTES) + '\n' + ok;
    const design = createDesign([
      { name: 'big.yaml', text: big },
      { name: 'ok.yaml', text: ok },
    ]);
    expect(design.files[0]!.text).toBe(big);
    expect(design.diagnostics).toEqual([
      expect.objectContaining({ code: 'file-too-large', file: 'big.yaml', severity: 'error' }),
    ]);
    expect(design.resources.map((r) => r.file)).toEqual(['ok.yaml']);
    // Shrinking it under the limit parses it.
    const edited = editFile(design, 'big.yaml', [{ start: 0, end: 1000, text: '' }]);
    expect(edited.resources.map((r) => r.file)).toEqual(['big.yaml', 'ok.yaml']);
  });

  it('counts the limit in UTF-8 bytes', () => {
    const text = '# ' + '한'.repeat(Math.ceil(MAX_FILE_BYTES / 3) + 1) + '\n';
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(createDesign([{ name: 'k.yaml', text }]).files[0]!.tooLarge).toBe(true);
  });

  it('never throws on arbitrary text', () => {
    for (const text of [
      '',
      '\u0000',
      '{',
      ']',
      '&a [*a]',
      '%YAML 9.9\n---\n',
      '--- !!binary x',
      '? [a]\n: b',
    ]) {
      expect(() => createDesign([{ name: 'x.yaml', text }])).not.toThrow();
    }
  });
});
