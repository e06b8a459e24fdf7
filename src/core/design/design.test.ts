import { describe, expect, it } from 'vitest';
import { yaml } from '../testing/source.ts';
import { locateField, locateResource } from './locate.ts';
import { addFile, createDesign, editFile, removeFile, setFileText } from './design.ts';

const routes = yaml`
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: web
    namespace: shop
  spec:
    rules:
      - backendRefs:
          - name: web
            port: 8080
  ---
  apiVersion: gateway.networking.k8s.io/v1
  kind: GatewayClass
  metadata:
    name: istio
  ---
  apiVersion: v1
  kind: Service
  metadata:
    name: web
  x-custom: { kept: true }
`;

describe('createDesign', () => {
  it('gives resources their identity, with default and cluster-scoped namespaces', () => {
    const design = createDesign([{ name: 'r.yaml', text: routes }]);
    expect(design.resources.map((r) => [r.key, r.namespaceExplicit, r.family])).toEqual([
      ['gateway.networking.k8s.io/HTTPRoute/shop/web', true, 'gateway-api'],
      ['gateway.networking.k8s.io/GatewayClass//istio', false, 'gateway-api'],
      ['/Service/default/web', false, 'core'],
    ]);
    expect(design.resources[1]!.namespace).toBeUndefined();
    expect(design.diagnostics).toEqual([]);
  });

  it('applies the defaultNamespace option', () => {
    const design = createDesign([{ name: 'r.yaml', text: routes }], { defaultNamespace: 'dev' });
    expect(design.resources.map((r) => r.namespace)).toEqual(['shop', undefined, 'dev']);
  });

  it('keeps unknown kinds and fields verbatim', () => {
    const text = yaml`
      apiVersion: example.com/v1alpha1
      kind: Widget
      metadata: { name: w }
      spec: { size: 3, nested: [a, { b: c }] }
    `;
    const [widget] = createDesign([{ name: 'w.yaml', text }]).resources;
    expect(widget).toMatchObject({ group: 'example.com', version: 'v1alpha1', known: undefined });
    expect(widget!.value).toEqual({
      apiVersion: 'example.com/v1alpha1',
      kind: 'Widget',
      metadata: { name: 'w' },
      spec: { size: 3, nested: ['a', { b: 'c' }] },
    });
    expect(
      createDesign([{ name: 'r.yaml', text: routes }]).resources[2]!.value['x-custom'],
    ).toEqual({
      kept: true,
    });
  });

  it('reads JSON and kind: List wrappers', () => {
    const json = JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'List',
        items: [
          { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
          { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a', namespace: 'shop' } },
        ],
      },
      null,
      '\t',
    );
    const design = createDesign([{ name: 'l.json', text: json }]);
    expect(design.diagnostics).toEqual([]);
    expect(design.resources.map((r) => [r.key, r.basePath])).toEqual([
      ['/Namespace//shop', ['items', 0]],
      ['/Service/shop/a', ['items', 1]],
    ]);
    const at = locateResource(design, design.resources[1]!)!;
    expect(at.start.line).toBe(12);
  });

  it('reports a duplicate key and keeps the first definition', () => {
    const design = createDesign([
      { name: 'a.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n' },
      { name: 'b.yaml', text: '# copy\napiVersion: v1\nkind: Service\nmetadata:\n  name: x\n' },
    ]);
    expect(design.resources).toHaveLength(2);
    expect(design.byKey.get('/Service/default/x')!.file).toBe('a.yaml');
    expect(design.diagnostics).toEqual([
      expect.objectContaining({
        code: 'duplicate-resource',
        file: 'b.yaml',
        message: 'Service default/x is defined twice; the first definition (a.yaml:1) is used.',
      }),
    ]);
    expect(design.diagnostics[0]!.range!.start.line).toBe(2);
  });
});

describe('locating', () => {
  const design = createDesign([{ name: 'r.yaml', text: routes }]);
  const [route, , service] = design.resources;

  it('gives the file, line and column of resources and fields', () => {
    expect(locateResource(design, service!)).toMatchObject({
      file: 'r.yaml',
      start: { line: 17, column: 1 },
    });
    expect(
      locateField(design, route!, ['spec', 'rules', 0, 'backendRefs', 0, 'port']),
    ).toMatchObject({ start: { line: 10, column: 17 }, end: { line: 10, column: 21 } });
  });

  it('falls back to the nearest written ancestor of a missing field', () => {
    expect(locateField(design, route!, ['spec', 'hostnames', 0])).toEqual(
      locateField(design, route!, ['spec']),
    );
  });
});

describe('editing', () => {
  const design = createDesign([{ name: 'r.yaml', text: routes }]);

  it('re-parses only the document an edit is in', () => {
    const file = design.files[0]!;
    const at = routes.indexOf('8080');
    const edited = editFile(design, 'r.yaml', [{ start: at, end: at + 4, text: '9090' }]);
    const [first, second, third] = edited.files[0]!.segments;
    expect(first).not.toBe(file.segments[0]);
    expect(second).toBe(file.segments[1]);
    expect(third).toBe(file.segments[2]);
    expect(edited.resources[1]).toBe(design.resources[1]);
    expect(edited.resources[0]!.value).toMatchObject({
      spec: { rules: [{ backendRefs: [{ port: 9090 }] }] },
    });
    // Positions after the edit are right for reused segments too.
    expect(locateResource(edited, edited.resources[2]!)!.start.line).toBe(17);
  });

  it('returns the same design for an edit that changes nothing', () => {
    expect(editFile(design, 'r.yaml', [{ start: 3, end: 3, text: '' }])).toBe(design);
    expect(setFileText(design, 'r.yaml', routes)).toBe(design);
  });

  it('adds and removes files', () => {
    const added = addFile(design, {
      name: 'n.yaml',
      text: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n',
    });
    expect(added.resources.map((r) => r.kind)).toContain('Namespace');
    expect(removeFile(added, 'n.yaml').resources.map((r) => r.kind)).not.toContain('Namespace');
    expect(addFile(design, { name: 'r.yaml', text: '' }).resources).toEqual([]);
  });

  it('rejects overlapping edits', () => {
    expect(() =>
      editFile(design, 'r.yaml', [
        { start: 0, end: 5, text: '' },
        { start: 3, end: 4, text: '' },
      ]),
    ).toThrow(RangeError);
  });
});
