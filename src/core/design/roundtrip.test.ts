import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validDocument } from '../testing/design-arbitraries.ts';
import { seedYamlBlocks } from '../testing/seed-blocks.ts';
import { createDesign, designSources, type Design } from './design.ts';

const CORPUS = fileURLToPath(
  new URL('../../../../shared/corpus/gateway-api/examples/', import.meta.url),
);
const corpusFiles = (readdirSync(CORPUS, { recursive: true }) as string[])
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => ({ name, text: readFileSync(CORPUS + name, 'utf8') }));

/** Serializing a design is writing its files' texts; with no edit they must be the input, byte for byte. */
function expectByteIdentical(design: Design, files: { name: string; text: string }[]) {
  expect(designSources(design)).toEqual(files);
  for (const file of design.files)
    expect(file.segments.map((s) => s.text).join('')).toBe(file.text);
}

describe('parse → serialize with no edit', () => {
  it('finds the corpus', () => {
    expect(corpusFiles.length).toBeGreaterThan(50);
  });

  it.each(corpusFiles)('is byte-identical for corpus $name', (file) => {
    const design = createDesign([file]);
    expectByteIdentical(design, [file]);
    // The corpus is valid: no parse diagnostics, and the same objects a whole-stream parse gives.
    expect(design.diagnostics).toEqual([]);
    const whole = (parseAllDocuments(file.text) as unknown as { toJS(): unknown }[])
      .map((d) => d.toJS())
      .filter((v) => v !== null);
    expect(design.resources.map((r) => r.value)).toEqual(whole);
  });

  const seeds = seedYamlBlocks();
  it('finds the seed blocks', () => {
    expect(seeds.length).toBeGreaterThan(10);
  });

  it.each(seeds)('is byte-identical for seed $file block $index', ({ file, index, text }) => {
    const source = { name: `${file}#${index}.yaml`, text };
    expectByteIdentical(createDesign([source]), [source]);
  });

  it('keeps every resource of generated designs, and re-printing the Documents keeps their values', () => {
    const file = fc
      .array(validDocument, { minLength: 1, maxLength: 4 })
      .map((docs) => docs.join('---\n'));
    fc.assert(
      fc.property(file, (text) => {
        const first = createDesign([{ name: 'f.yaml', text }]);
        const again = createDesign(designSources(first));
        expect(again.resources.map((r) => [r.key, r.value])).toEqual(
          first.resources.map((r) => [r.key, r.value]),
        );
        // What the edit layer prints (the retained Documents) parses to the same resources.
        const printed = first.files[0]!.segments.flatMap((s) => s.docs.map((d) => d.toString()));
        const reprinted = createDesign([{ name: 'f.yaml', text: printed.join('---\n') }]);
        expect(reprinted.resources.map((r) => [r.key, r.value])).toEqual(
          first.resources.map((r) => [r.key, r.value]),
        );
        // Generated names repeat, so duplicates are expected; nothing else may be reported.
        expect(first.diagnostics.filter((d) => d.code !== 'duplicate-resource')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
