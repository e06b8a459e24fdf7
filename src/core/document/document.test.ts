import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesign } from '../design/design.ts';
import { readDesignFile, writeDesignFile, DESIGN_FILE_VERSION } from './design-file.ts';
import type { DesignDocument } from './document.ts';
import { joinAsMultiDocument, kubectlFiles } from './kubectl-export.ts';
import { parseAllDocuments } from 'yaml';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: cart\n';
const TESTS = 'apiVersion: routestudio.dev/v1alpha1\nkind: RoutingTests\nmetadata:\n  name: t\n';

const documentArbitrary: fc.Arbitrary<DesignDocument> = fc.record({
  files: fc.uniqueArray(
    fc.record({
      name: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}\.yaml$/),
      text: fc.string({ unit: 'grapheme' }),
    }),
    { selector: (f) => f.name, maxLength: 4 },
  ),
  positions: fc.dictionary(
    fc.oneof(fc.string(), fc.constant('__proto__'), fc.constant('constructor')),
    fc.record({ x: fc.integer().map((n) => n / 4), y: fc.integer() }),
  ),
  view: fc.record(
    {
      activeFile: fc.string(),
      viewport: fc.record({
        x: fc.integer(),
        y: fc.integer(),
        zoom: fc.double({ min: 0.1, max: 4, noNaN: true }),
      }),
    },
    { requiredKeys: [] },
  ),
  settings: fc.record(
    { gatewayApi: fc.constantFrom('v1.5-standard', 'v1.6-experimental') },
    { requiredKeys: [] },
  ),
});

describe('design file', () => {
  it('reads back exactly what it wrote, whatever the design (round-trip property)', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const read = readDesignFile(writeDesignFile(document));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.document.files).toEqual(document.files);
        expect({ ...read.document.positions }).toEqual({ ...document.positions });
        expect(read.document.view).toEqual(document.view);
        expect(read.document.settings).toEqual(document.settings);
      }),
    );
  });

  it('says what is wrong with a file that is not a design file, or a newer one', () => {
    expect(readDesignFile('{ nope')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/does not parse/) as string,
    });
    expect(readDesignFile('{"format":"other"}')).toMatchObject({ ok: false });
    const newer = JSON.stringify({
      format: 'route-studio-design',
      version: DESIGN_FILE_VERSION + 1,
      files: [],
    });
    expect(readDesignFile(newer)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/reads versions up to/) as string,
    });
    const bad = JSON.stringify({
      format: 'route-studio-design',
      version: 1,
      files: [{ name: '../x', text: '' }],
    });
    expect(readDesignFile(bad)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/files\[0\]/) as string,
    });
    const position = JSON.stringify({
      format: 'route-studio-design',
      version: 1,
      files: [],
      positions: { a: { x: '1', y: 2 } },
    });
    expect(readDesignFile(position)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/positions\["a"\]/) as string,
    });
  });
});

describe('kubectl export', () => {
  it("leaves out Route Studio's own files and files without documents, keeping the others' bytes", () => {
    const design = createDesign([
      { name: 'a.yaml', text: SERVICE },
      { name: 'tests.yaml', text: TESTS },
      { name: 'empty.yaml', text: '# nothing yet\n' },
      { name: 'mixed.yaml', text: `${SERVICE.replace('cart', 'x')}---\n${TESTS}` },
    ]);
    expect(kubectlFiles(design).map((f) => f.name)).toEqual(['a.yaml', 'mixed.yaml']);
    expect(kubectlFiles(design)[0]!.text).toBe(SERVICE);
  });

  it('joins files into one stream with every document of every file', () => {
    const files = [
      { name: 'a.yaml', text: SERVICE.trimEnd() },
      { name: 'b.yaml', text: `---\n${SERVICE.replace('cart', 'b')}` },
      {
        name: 'c.json',
        text: '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "c"}}',
      },
      { name: 'd.yaml', text: `%YAML 1.2\n---\n${SERVICE.replace('cart', 'd')}` },
      { name: 'e.yaml', text: `\uFEFF${SERVICE.replace('cart', 'e')}` },
    ];
    const docs = parseAllDocuments(joinAsMultiDocument(files));
    expect(Array.isArray(docs) && docs.every((d) => d.errors.length === 0)).toBe(true);
    const names = (docs as { toJS(): { metadata?: { name: string } } | null }[])
      .map((d) => d.toJS()?.metadata?.name)
      .filter(Boolean);
    expect(names).toEqual(['cart', 'b', 'c', 'd', 'e']);
  });
});
