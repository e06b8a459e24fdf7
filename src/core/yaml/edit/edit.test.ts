import { describe, expect, it } from 'vitest';
import { parseDocument, type Node } from 'yaml';
import type { FieldPath } from '../../diagnostics.ts';
import { dedent } from '../../testing/dedent.ts';
import { applyTextEdits } from './apply-edits.ts';
import { isJsonDocument, type EditContext } from './context.ts';
import { deleteValue } from './delete.ts';
import { addItem, type KeyPlacement } from './insert.ts';
import { setValue } from './set.ts';
import { detectStyle } from './style.ts';
import type { YamlValue } from './value.ts';
import type { TextEdit } from '../../design/design-file.ts';

type Op = (ctx: EditContext, root: Node) => TextEdit[];

function run(text: string, op: Op): string {
  const doc = parseDocument(text);
  const ctx = { text, style: detectStyle(text), json: isJsonDocument(doc) };
  const out = applyTextEdits(text, op(ctx, doc.contents as Node));
  const reparsed = parseDocument(out);
  expect(reparsed.errors).toEqual([]);
  return out;
}

const set =
  (path: FieldPath, value: YamlValue): Op =>
  (c, r) =>
    setValue(c, r, path, value);
const del =
  (path: FieldPath): Op =>
  (c, r) =>
    deleteValue(c, r, path);
const add =
  (path: FieldPath, value: YamlValue, index?: number): Op =>
  (c, r) =>
    addItem(c, r, path, value, index);

const indented = dedent`
  # head comment
  spec:
    parentRefs:
      - name: gw # the gateway
    rules:
      # first rule
      - matches:
          - path: {type: PathPrefix, value: /a}
        backendRefs:
          - name: a
            port: 80
      # second rule
      - backendRefs:
          - name: 'b'
            port: 8080
`;

const flush = dedent`
  spec:
    parentRefs:
    - name: gw
    rules:
    - backendRefs:
      - name: a
        port: 80
    - backendRefs:
      - name: "b"
        port: 8080
`;

describe('setValue', () => {
  it('replaces a scalar keeping its quoting style and trailing comment', () => {
    expect(run(indented, set(['spec', 'parentRefs', 0, 'name'], 'edge'))).toBe(
      indented.replace('name: gw # the', 'name: edge # the'),
    );
    expect(run(indented, set(['spec', 'rules', 1, 'backendRefs', 0, 'name'], 'c'))).toBe(
      indented.replace("name: 'b'", "name: 'c'"),
    );
    expect(run(flush, set(['spec', 'rules', 1, 'backendRefs', 0, 'name'], 'c'))).toBe(
      flush.replace('name: "b"', 'name: "c"'),
    );
  });

  it('quotes a plain scalar only when the new value needs it', () => {
    expect(run(flush, set(['spec', 'parentRefs', 0, 'name'], '80'))).toBe(
      flush.replace('name: gw', 'name: "80"'),
    );
    expect(run(flush, set(['spec', 'rules', 0, 'backendRefs', 0, 'port'], 81))).toBe(
      flush.replace('port: 80', 'port: 81'),
    );
  });

  it('adds a missing key after the last pair of the nearest mapping', () => {
    expect(run(indented, set(['spec', 'rules', 0, 'backendRefs', 0, 'weight'], 5))).toBe(
      indented.replace('port: 80\n', 'port: 80\n          weight: 5\n'),
    );
    expect(run(flush, set(['spec', 'rules', 0, 'backendRefs', 0, 'weight'], 5))).toBe(
      flush.replace('port: 80\n', 'port: 80\n      weight: 5\n'),
    );
  });

  it('places a new key after a written one, or before one with its leading comments', () => {
    const placed =
      (path: FieldPath, value: YamlValue, placement: KeyPlacement): Op =>
      (c, r) =>
        setValue(c, r, path, value, placement);
    expect(run(indented, placed(['spec', 'hostnames'], ['a.example.com'], 'parentRefs'))).toBe(
      indented.replace('  rules:\n', '  hostnames:\n    - a.example.com\n  rules:\n'),
    );
    const commented = indented.replace('  rules:\n', '  # the rules\n  rules:\n');
    expect(
      run(commented, placed(['spec', 'hostnames'], ['a.example.com'], { before: 'rules' })),
    ).toBe(
      commented.replace('  # the rules\n', '  hostnames:\n    - a.example.com\n  # the rules\n'),
    );
    // A first key sharing its line with `- ` cannot be preceded: the key goes last instead.
    expect(
      run(
        flush,
        placed(['spec', 'rules', 0, 'backendRefs', 0, 'kind'], 'Service', { before: 'name' }),
      ),
    ).toBe(flush.replace('port: 80\n', 'port: 80\n      kind: Service\n'));
    // An anchor that is not written leaves the key last.
    expect(run(flush, placed(['spec', 'hostnames'], ['a'], 'nothing'))).toBe(
      flush + '  hostnames:\n  - a\n',
    );
  });

  it('creates intermediate mappings and sequences in the file style', () => {
    expect(run(flush, set(['spec', 'hostnames', 0], 'a.example.com'))).toBe(
      flush + '  hostnames:\n  - a.example.com\n',
    );
    expect(run(indented, set(['spec', 'hostnames', 0], 'a.example.com'))).toBe(
      indented + '  hostnames:\n    - a.example.com\n',
    );
    expect(run(flush, set(['metadata', 'labels', 'app'], 'web'))).toBe(
      flush + 'metadata:\n  labels:\n    app: web\n',
    );
  });

  it('edits inside flow collections', () => {
    expect(run(indented, set(['spec', 'rules', 0, 'matches', 0, 'path', 'value'], '/b'))).toBe(
      indented.replace('value: /a}', 'value: /b}'),
    );
    expect(run(indented, set(['spec', 'rules', 0, 'matches', 0, 'path', 'x'], 'a, b'))).toBe(
      indented.replace('value: /a}', 'value: /a, x: "a, b"}'),
    );
  });

  it('fills an empty value and replaces a scalar by a block', () => {
    const text = 'a:\nb: 1 # keep\nc: 2\n';
    expect(run(text, set(['a', 'x'], 1))).toBe('a:\n  x: 1\nb: 1 # keep\nc: 2\n');
    expect(run(text, set(['b'], { y: [1] }))).toBe('a:\nb: # keep\n  y:\n  - 1\nc: 2\n');
  });

  it('writes JSON into JSON documents', () => {
    const json = '{\n  "spec": {\n    "hostnames": ["a"]\n  }\n}\n';
    expect(run(json, set(['spec', 'rules'], [{ x: 1 }]))).toBe(
      '{\n  "spec": {\n    "hostnames": ["a"],\n    "rules": [{"x":1}]\n  }\n}\n',
    );
    expect(run(json, add(['spec', 'hostnames'], 'b'))).toBe(json.replace('["a"]', '["a", "b"]'));
  });
});

describe('addItem', () => {
  it('appends at the end in both sequence styles', () => {
    expect(run(flush, add(['spec', 'parentRefs'], { name: 'other', sectionName: 'http' }))).toBe(
      flush.replace('- name: gw\n', '- name: gw\n  - name: other\n    sectionName: http\n'),
    );
    expect(run(indented, add(['spec', 'parentRefs'], { name: 'other' }))).toBe(
      indented.replace('# the gateway\n', '# the gateway\n    - name: other\n'),
    );
  });

  it('inserts before an item and its leading comment', () => {
    expect(run(indented, add(['spec', 'rules'], { backendRefs: [{ name: 'z' }] }, 1))).toBe(
      indented.replace(
        '    # second rule\n',
        '    - backendRefs:\n        - name: z\n    # second rule\n',
      ),
    );
  });

  it('turns an empty [] into a block sequence', () => {
    expect(run('spec:\n  rules: []\n', add(['spec', 'rules'], { a: 1 }))).toBe(
      'spec:\n  rules:\n  - a: 1\n',
    );
  });
});

describe('deleteValue', () => {
  it('removes a sequence item with its own comment and keeps the neighbours', () => {
    expect(run(indented, del(['spec', 'rules', 0]))).toBe(
      indented.replace(/ {4}# first rule\n[^#]*(?= {4}#)/, ''),
    );
    expect(run(indented, del(['spec', 'rules', 1]))).toBe(
      indented.slice(0, indented.indexOf('    # second rule')),
    );
  });

  it('removes the first pair of an item by moving the next pair behind the dash', () => {
    expect(run(flush, del(['spec', 'rules', 0, 'backendRefs', 0, 'name']))).toBe(
      flush.replace('- name: a\n      port: 80', '- port: 80'),
    );
  });

  it('removes the field when its last item goes, and leaves {} for an emptied mapping', () => {
    expect(run(flush, del(['spec', 'parentRefs', 0]))).toBe(
      flush.replace('  parentRefs:\n  - name: gw\n', ''),
    );
    expect(run(flush, del(['spec', 'rules', 1, 'backendRefs', 0]))).toBe(
      flush.replace('- backendRefs:\n    - name: "b"\n      port: 8080\n', '- {}\n'),
    );
  });

  it('removes items of flow collections', () => {
    const text = 'a: [x, y, z]\nb: {p: 1, q: 2}\n';
    expect(run(text, del(['a', 1]))).toBe('a: [x, z]\nb: {p: 1, q: 2}\n');
    expect(run(text, del(['a', 2]))).toBe('a: [x, y]\nb: {p: 1, q: 2}\n');
    expect(run(text, del(['b', 'q']))).toBe('a: [x, y, z]\nb: {p: 1}\n');
  });
});
