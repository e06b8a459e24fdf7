import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DesignDocument } from '../document/document.ts';
import { designText } from '../testing/design-arbitraries.ts';
import { ALPHABET, digitsToText, RADIX } from './alphabet.ts';
import {
  decodeShareFragment,
  decodeShareLink,
  encodeShareFragment,
  encodeShareLink,
  isShareFragment,
  normalizeForShare,
  SHARE_LIMITS,
} from './index.ts';
import { DigitEncoder } from './range-coder.ts';
import { encodeV1 } from './v1/encode.ts';

const empty = { positions: {}, view: {}, settings: {} };

function fragmentOf(document: DesignDocument): string {
  const encoded = encodeShareFragment(document);
  if (!encoded.ok) throw new Error(encoded.error.message);
  return encoded.fragment;
}

const segment = fc.stringMatching(/^[a-z0-9][a-z0-9._ -]{0,11}$/);
const fileName = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
const text = fc.oneof(
  designText,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.constantFrom('a: 1', '\t- x', '', ' ', '# ✓ ünï', 'key: "v"'), { maxLength: 8 })
    .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol))),
  fc.constant(''),
);
const coordinate = fc.oneof(fc.double(), fc.integer({ min: -5000, max: 5000 }));
const document: fc.Arbitrary<DesignDocument> = fc.record({
  files: fc.uniqueArray(fc.record({ name: fileName, text }), {
    selector: (f) => f.name,
    maxLength: 12,
  }),
  positions: fc.dictionary(
    fc.string({ minLength: 1, maxLength: 60 }).filter((s) => !s.includes('\u0000')),
    fc.record({ x: coordinate, y: coordinate }),
    { maxKeys: 6 },
  ),
  view: fc.record(
    {
      activeFile: fileName,
      viewport: fc.record({
        x: fc.double(),
        y: fc.double(),
        zoom: fc.double({ min: 0.05, max: 4 }),
      }),
    },
    { requiredKeys: [] },
  ),
  settings: fc.record(
    { gatewayApi: fc.constantFrom('v1.6-standard', 'v1.4-experimental') },
    { requiredKeys: [] },
  ),
});

describe('share links round-trip', () => {
  it('decode(encode(d)) is d as normalizeForShare states it: texts byte for byte', () => {
    fc.assert(
      fc.property(document, (d) => {
        const decoded = decodeShareFragment(fragmentOf(d));
        expect(decoded).toEqual({ ok: true, document: normalizeForShare(d) });
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('keeps many files, and texts with CRLF, tabs, lone CRs, NULs and astral characters', () => {
    const files = Array.from({ length: 150 }, (_, i) => ({
      name: `dir${i % 7}/file-${i}.yaml`,
      text: i % 3 === 0 ? '' : `a:\t${i}\r\nb: 😀\r\u0000\n`.repeat(i % 5),
    }));
    const d = { files, ...empty };
    expect(decodeShareFragment(fragmentOf(d))).toEqual({ ok: true, document: d });
  });

  it('leaves defaults out: an empty view and default settings cost nothing', () => {
    const files = [{ name: 'a.yaml', text: 'kind: Service\n' }];
    const plain = fragmentOf({ files, ...empty });
    const withView = fragmentOf({ files, ...empty, view: { viewport: { x: 1, y: 2, zoom: 1 } } });
    expect(fragmentOf({ files, ...empty, view: { activeFile: undefined } })).toBe(plain);
    expect(withView.length).toBeGreaterThan(plain.length);
  });

  it('builds a link on a base URL and reads it back from the whole link', () => {
    const d = { files: [{ name: 'a.yaml', text: 'x: 1\n' }], ...empty };
    const shared = encodeShareLink(d, 'https://tools.example.com/studio/?x=1#old');
    if (!shared.ok) throw new Error(shared.error.message);
    expect(shared.link).toBe(`https://tools.example.com/studio/?x=1#${shared.fragment}`);
    expect(decodeShareLink(shared.link)).toEqual({ ok: true, document: d });
    expect(decodeShareFragment(`#${shared.fragment}`)).toEqual({ ok: true, document: d });
    expect(isShareFragment(`#${shared.fragment}`)).toBe(true);
    expect(isShareFragment('#/templates')).toBe(false);
  });

  it('writes only characters a URL fragment keeps as they are', () => {
    const fragment = fragmentOf({
      files: [{ name: 'a.yaml', text: 'long '.repeat(300) }],
      ...empty,
    });
    expect(new URL(`https://x.example/#${fragment}`).hash).toBe(`#${fragment}`);
    expect(fragment).toMatch(/^v1\/[0-9A-Za-z._~+/?=:,-]+[0-9A-Za-z]$/);
  });
});

/** A frozen link per format version: each must decode to its design forever. */
const FIXTURES: { fragment: string; document: DesignDocument }[] = [
  {
    fragment:
      'v1/na00DGS,87dBRSbSz79G5ADEclDbmWDePJYU3j:Sn:pD6?b1xpMWjll0MrxpZOwJtWXgx7jLd8xFLK~CywAP,IPq/F93i9FNAzcjOQkqq,8,k',
    document: {
      files: [
        {
          name: 'gateway.yaml',
          text: 'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: edge\nspec:\n  gatewayClassName: example\n  listeners:\n  - name: http\n    protocol: HTTP\n    port: 80\n',
        },
        { name: 'routes/web.yaml', text: '# Canary ✓\r\nkind: HTTPRoute\r\n\tweight: 90' },
        { name: 'empty.yaml', text: '' },
      ],
      positions: { 'gateway.networking.k8s.io/Gateway/default/edge': { x: 120, y: -40 } },
      view: { activeFile: 'routes/web.yaml', viewport: { x: -12.5, y: 30, zoom: 0.8 } },
      settings: { gatewayApi: 'v1.6-standard' },
    },
  },
];

describe('older versions', () => {
  it.each(FIXTURES.map((f) => [f.fragment.slice(0, 3), f] as const))(
    '%s fixture still decodes to its design',
    (_, fixture) => {
      expect(decodeShareFragment(fixture.fragment)).toEqual({
        ok: true,
        document: fixture.document,
      });
    },
  );
});

/** A v1 payload whose stream starts with these uniform bits, then arbitrary digits. */
function crafted(bits: number[], tail: number): string {
  const encoder = new DigitEncoder(RADIX);
  for (const bit of bits) encoder.encode(bit, 2048);
  for (let i = 0; i < tail; i++) encoder.encode(i % 3 === 0 ? 1 : 0, 2048);
  return `v1/${digitsToText(encoder.finish())}`;
}

describe('untrusted links', () => {
  const link = fragmentOf({
    files: [{ name: 'a.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n' }],
    ...empty,
  });

  it('refuses a link that declares more than the size cap before inflating anything', () => {
    const result = decodeShareFragment(crafted([1, 1, 1, 1, 1], 40));
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses a short link that declares more than it could hold (a decompression bomb)', () => {
    // Size class 21: up to 1 MiB, which 4 digits cannot carry.
    expect(decodeShareFragment(crafted([1, 0, 1, 0, 1], 2))).toMatchObject({
      ok: false,
      error: { code: 'corrupted' },
    });
  });

  it('stops a stream that decodes past its declared size', () => {
    // Size class 3: at most 7 bytes, while the arbitrary tail decodes to many more.
    expect(decodeShareFragment(crafted([0, 0, 0, 1, 1], 400))).toMatchObject({ ok: false });
  });

  it('says a cut link is truncated, wherever it was cut', () => {
    for (let cut = 1; cut < link.length - 3; cut++) {
      const shortened = link.slice(0, -cut);
      // One cut in 62 happens to end on the character that tells its own length: then the
      // checksum finds it, as damage.
      const endsLikeALink = ALPHABET.indexOf(shortened.at(-1)!) === (shortened.length - 4) % 62;
      expect(decodeShareFragment(shortened)).toMatchObject({
        ok: false,
        error: { code: endsLikeALink ? 'corrupted' : 'truncated' },
      });
    }
  });

  it('catches a changed character', () => {
    for (let i = 3; i < link.length; i++) {
      for (const c of [ALPHABET[(ALPHABET.indexOf(link[i]!) + 1) % RADIX]!, i % 2 ? 'A' : '~']) {
        if (c === link[i]) continue;
        const tampered = link.slice(0, i) + c + link.slice(i + 1);
        expect(decodeShareFragment(tampered).ok, tampered).toBe(false);
      }
    }
  });

  it.each([
    ['https://example.com/', 'not-a-share-link', /not a Route Studio share link/],
    ['#v0/abc', 'not-a-share-link', /no link format v0/],
    ['#v2/abc', 'newer-version', /newer version of Route Studio/],
    ['#v1/ab*c', 'invalid-character', /'\*' at character 3/],
    ['#v1/', 'truncated', /truncated/],
    [`#v1/${'a'.repeat(SHARE_LIMITS.maxFragmentLength)}`, 'too-long', /longer than links may be/],
  ])('explains bad link %#, with its code', (input, code, message) => {
    expect(decodeShareFragment(input)).toEqual({
      ok: false,
      error: { code, message: expect.stringMatching(message) },
    });
  });

  it('undoes percent-escapes of its own characters', () => {
    const escaped = link.replace(/[.~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    expect(decodeShareFragment(escaped).ok).toBe(true);
  });

  it('never throws on hostile input, and what it accepts is a valid design', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .string({ unit: fc.constantFrom(...'0123456789ABCabc-_.~+/?=:,') })
            .map((s) => `v1/${s}`),
          fc.nat({ max: link.length }).map((n) => link.slice(0, n)),
        ),
        (input) => {
          const result = decodeShareFragment(input);
          if (result.ok) expect(encodeShareFragment(result.document).ok).toBe(true);
          else expect(result.error.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses a decoded design whose file names would leave a folder', () => {
    for (const name of ['../etc/passwd', '/abs.yaml', 'C:/x.yaml', 'a//b', 'a\\b', 'x\u0007']) {
      const fragment = `v1/${encodeV1({ files: [{ name, text: '' }], ...empty })}`;
      expect(decodeShareFragment(fragment)).toMatchObject({
        ok: false,
        error: { code: 'invalid-design' },
      });
      expect(encodeShareFragment({ files: [{ name, text: '' }], ...empty })).toMatchObject({
        ok: false,
        error: { code: 'invalid-design' },
      });
    }
  });

  it('refuses to encode a design over the size cap, or with two files of one name', () => {
    const big = 'x'.repeat(SHARE_LIMITS.maxDecodedBytes);
    expect(encodeShareFragment({ files: [{ name: 'a', text: big }], ...empty })).toMatchObject({
      ok: false,
      error: { code: 'too-large', message: expect.stringMatching(/too large for a link/) },
    });
    const twice = [
      { name: 'a', text: '' },
      { name: 'a', text: '' },
    ];
    expect(encodeShareFragment({ files: twice, ...empty })).toMatchObject({
      ok: false,
      error: { code: 'invalid-design', message: expect.stringMatching(/two files are named "a"/) },
    });
  });
});

describe('one model for every link', () => {
  it('codes a design the same after links that stopped half-way', () => {
    const d = { files: [{ name: 'a.yaml', text: 'kind: Service\n' }], ...empty };
    const before = fragmentOf(d);
    const truncated = fragmentOf({ files: [{ name: 'b.yaml', text: 'x'.repeat(300) }], ...empty });
    for (let cut = 1; cut < 20; cut++) decodeShareFragment(truncated.slice(0, -cut));
    expect(fragmentOf(d)).toBe(before);
  });
});
