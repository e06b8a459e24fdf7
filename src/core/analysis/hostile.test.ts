import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createDesign } from '../design/design.ts';
import { EXAMPLES } from '../examples/index.ts';
import { buildGraph } from '../graph/build.ts';
import { mutate, mutation } from '../testing/hostile-arbitraries.ts';
import { analyzeDesign } from './analyze.ts';

const corpus = resolve(process.cwd(), '../shared/corpus/gateway-api/examples');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? yamlFiles(path) : path.endsWith('.yaml') ? [path] : [];
    });
}

function objectsOf(text: string): unknown[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as unknown)
    .filter((v) => typeof v === 'object' && v !== null);
}

/** Designs to bend: every example of the app and of the Gateway API corpus, as object lists. */
const seeds: unknown[][] = [
  ...EXAMPLES.filter((e) => !e.id.startsWith('large')).map((e) =>
    e.files.flatMap((f) => objectsOf(f.text)),
  ),
  ...yamlFiles(corpus).map((file) => objectsOf(readFileSync(file, 'utf8'))),
].filter((objects) => objects.length > 0);

const hostileDesign = fc
  .tuple(
    fc.nat({ max: seeds.length - 1 }),
    fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 }),
  )
  .map(([seed, mutations]) => {
    const objects = [...seeds[seed]!];
    for (const [which, m] of mutations) {
      const i = which % objects.length;
      objects[i] = mutate(objects[i], m);
    }
    return objects.map((o) => JSON.stringify(o)).join('\n---\n');
  });

describe('analysis of hostile input', () => {
  it('gives a result for resources with odd keys, wrong types and huge lists', () => {
    fc.assert(
      fc.property(hostileDesign, fc.boolean(), (text, missingAsError) => {
        const design = createDesign([{ name: 'hostile.yaml', text }]);
        const result = analyzeDesign(design, { missingAsError });
        expect(Array.isArray(result.diagnostics)).toBe(true);
        expect(Array.isArray(result.status)).toBe(true);
        buildGraph(design);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('reads __proto__ and constructor as ordinary keys', () => {
    const text = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: r
  labels: {__proto__: x, constructor: y}
spec:
  __proto__: {a: 1}
  constructor: 3
  parentRefs: [{name: gw, __proto__: 1}]
  rules:
  - toString: 1
    backendRefs: [{name: s, port: 80}]
`;
    const result = analyzeDesign(createDesign([{ name: 'a.yaml', text }]));
    const unknown = result.diagnostics
      .filter((d) => d.code === 'schema-unknown-field')
      .map((d) => d.path);
    expect(unknown).toEqual([
      'spec.__proto__',
      'spec.constructor',
      'spec.parentRefs[0].__proto__',
      'spec.rules[0].toString',
    ]);
  });
});
