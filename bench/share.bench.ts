/**
 * Share-link length: every file of the Gateway API examples corpus, every YAML block of the seeds
 * and every built-in example, each as a design of its own, encoded as a link fragment, beside what
 * lz-string's `compressToEncodedURIComponent` (the TypeScript playground's links) and deflate +
 * base64url give for the same texts in the same run. Our figure is the whole fragment (`v1/`, file
 * names and checksum included); the baselines are the bare texts. Run: `npx tsx bench/share.bench.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import lzString from 'lz-string';
import type { SourceFile } from '../src/core/design/design.ts';
import { EXAMPLES } from '../src/core/examples/index.ts';
import { decodeShareFragment, encodeShareFragment } from '../src/core/share/index.ts';
import { seedYamlBlocks } from '../src/core/testing/seed-blocks.ts';
import { formatTable, ms } from './table.ts';

/** The goal of issue #9: at most this share of lz-string's total over the corpus. */
const GOAL = 0.33;
const CORPUS = join(process.cwd(), '../shared/corpus/gateway-api/examples');

function filesBelow(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesBelow(path) : [path];
    })
    .sort();
}

const sets: { name: string; designs: SourceFile[][] }[] = [
  {
    name: 'gateway-api examples corpus',
    designs: filesBelow(CORPUS).map((p) => [{ name: basename(p), text: readFileSync(p, 'utf8') }]),
  },
  {
    name: 'seed YAML blocks',
    designs: seedYamlBlocks().map((b, i) => [{ name: `seed-${i}.yaml`, text: b.text }]),
  },
  {
    name: 'app examples (not large)',
    designs: EXAMPLES.filter((e) => !e.id.startsWith('large')).map((e) => [...e.files]),
  },
];

const rows: string[][] = [];
for (const { name, designs } of sets) {
  let ours = 0;
  let lz = 0;
  let deflate = 0;
  let bytes = 0;
  let encodeMs = 0;
  let decodeMs = 0;
  for (const files of designs) {
    const document = { files, positions: {}, view: {}, settings: {} };
    let start = performance.now();
    const encoded = encodeShareFragment(document);
    encodeMs += performance.now() - start;
    if (!encoded.ok) throw new Error(encoded.error.message);
    start = performance.now();
    const decoded = decodeShareFragment(encoded.fragment);
    decodeMs += performance.now() - start;
    if (!decoded.ok || JSON.stringify(decoded.document) !== JSON.stringify(document)) {
      throw new Error(`${files[0]?.name}: the link does not give the design back`);
    }
    ours += encoded.fragment.length;
    for (const file of files) {
      bytes += Buffer.byteLength(file.text);
      lz += lzString.compressToEncodedURIComponent(file.text).length;
      deflate += deflateRawSync(file.text, { level: 9 }).toString('base64url').length;
    }
  }
  rows.push([
    name,
    String(designs.length),
    String(bytes),
    String(lz),
    `${deflate} (${(deflate / lz).toFixed(2)}×)`,
    String(ours),
    `${(ours / lz).toFixed(3)}×`,
    ms(encodeMs / designs.length),
    ms(decodeMs / designs.length),
  ]);
}

console.log(
  formatTable(
    [
      'designs',
      'n',
      'bytes',
      'lz-string',
      'deflate+b64url',
      'share link',
      'vs lz',
      'encode',
      'decode',
    ],
    rows,
  ),
);
console.log(
  `\nGoal: share links at most ${GOAL}× lz-string over the corpus (encode/decode: mean per design).`,
);
