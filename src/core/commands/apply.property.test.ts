import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createDesign, findFile, type Design } from '../design/design.ts';
import { applyTextEdits } from '../yaml/edit/apply-edits.ts';
import { applyCommand } from './apply.ts';
import type { Command, FileEdit } from './types.ts';

const GW = 'gateway.networking.k8s.io';

function objects(n: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      [
        {
          apiVersion: `${GW}/v1`,
          kind: 'Gateway',
          metadata: { name: `gw${i}` },
          spec: {
            gatewayClassName: 'c',
            listeners: [{ name: 'http', protocol: 'HTTP', port: 80 }],
          },
        },
        {
          apiVersion: `${GW}/v1`,
          kind: 'HTTPRoute',
          metadata: { name: `r${i}`, namespace: i % 2 ? 'b' : 'a' },
          spec: {
            parentRefs: [{ name: 'gw0' }],
            hostnames: ['x.example.com'],
            rules: [
              {
                backendRefs: [
                  { name: 's0', port: 80 },
                  { name: `s${i}`, port: 80 },
                ],
              },
            ],
          },
        },
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: `s${i}` },
          spec: { ports: [{ port: 80 }] },
        },
        {
          apiVersion: 'networking.istio.io/v1',
          kind: 'VirtualService',
          metadata: { name: `vs${i}` },
          spec: {
            hosts: ['s0'],
            gateways: ['mesh'],
            http: [{ route: [{ destination: { host: 's0' } }] }],
          },
        },
      ][i % 4]!,
    );
  }
  return out;
}

/** Renders documents in one of the styles people write, comments above some list items. */
function render(
  docs: Record<string, unknown>[],
  indent: number,
  indentSeq: boolean,
  comments: boolean,
) {
  return docs
    .map((doc) => {
      const text = stringify(doc, { indent, indentSeq, lineWidth: 0 });
      if (!comments) return text;
      return text.replace(/^( *)- /gm, (m, pad: string, offset: number) =>
        offset % 3 === 0 ? `${pad}# note\n${m}` : m,
      );
    })
    .join('---\n');
}

const designArb = fc
  .record({
    count: fc.integer({ min: 1, max: 8 }),
    indent: fc.constantFrom(2, 4),
    indentSeq: fc.boolean(),
    comments: fc.boolean(),
    flowHosts: fc.boolean(),
  })
  .map(({ count, indent, indentSeq, comments, flowHosts }) => {
    let text = render(objects(count), indent, indentSeq, comments);
    if (flowHosts)
      text = text.replace(/hostnames:\n\s*- x.example.com/, 'hostnames: [x.example.com]');
    return createDesign([{ name: 'a.yaml', text }]);
  });

/** A command picked against the current design by numbers the generator chose. */
type Pick = (design: Design) => Command | undefined;

const n = fc.nat(20);
const pickArb: fc.Arbitrary<Pick> = fc.oneof(
  fc.tuple(n, n).map(
    ([a, b]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'removeRule', key, rule: b % 2 })),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'addRule', key, index: b % 3 })),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({
          type: 'addBackend',
          key,
          rule: 0,
          backend: { name: `s${b}`, port: 80 },
        })),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'removeBackend', key, rule: 0, backend: b % 3 })),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({
          type: 'setBackendWeight',
          key,
          rule: 0,
          backend: b % 2,
          weight: b,
        })),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'attachParent', key, parent: { name: `gw${b}` } })),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'detachParent', key, parent: b % 2 })),
  ),
  fc.tuple(n, fc.array(fc.constantFrom('a.io', 'b.io', 'c.io'), { maxLength: 3 })).map(
    ([a, hostnames]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'setHostnames', key, hostnames })),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({
          type: 'setField',
          key,
          path: ['metadata', 'labels', `l${b % 3}`],
          value: `v${b}`,
        })),
  ),
  fc.tuple(n).map(
    ([a]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'removeField', key, path: ['metadata', 'labels'] })),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({
          type: 'addListener',
          key,
          listener: { name: `l${b}`, protocol: 'HTTP', port: 8000 + b },
        })),
  ),
  fc.tuple(n).map(
    ([a]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'removeListener', key, name: 'http' })),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'renameResource', key, name: `n${b}` })),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'moveToNamespace', key, namespace: `ns${b % 3}` })),
  ),
  fc.tuple(n).map(
    ([a]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'duplicateResource', key })),
  ),
  fc.tuple(n).map(
    ([a]): Pick =>
      (d) =>
        withKey(d, a, (key) => ({ type: 'removeResource', key })),
  ),
  fc.constantFrom('Gateway', 'HTTPRoute', 'Service').map((kind): Pick => () => ({
    type: 'addResource',
    file: 'a.yaml',
    apiVersion: kind === 'Service' ? 'v1' : `${GW}/v1`,
    kind,
  })),
);

function withKey(
  design: Design,
  index: number,
  make: (key: string) => Command,
): Command | undefined {
  const keys = [...design.byKey.keys()];
  return keys.length === 0 ? undefined : make(keys[index % keys.length]!);
}

/** Checks that segments no edit touches are byte-identical, at their shifted offsets. */
function expectUntouchedSegments(before: Design, after: Design, edits: readonly FileEdit[]) {
  for (const file of before.files) {
    const newText = findFile(after, file.name)!.text;
    const fileEdits = edits.filter((e) => e.file === file.name);
    file.segments.forEach((segment, i) => {
      const start = file.starts[i]!;
      const end = start + segment.text.length;
      if (fileEdits.some((e) => e.start <= end && e.end >= start)) return;
      const shift = fileEdits
        .filter((e) => e.end <= start)
        .reduce((sum, e) => sum + e.text.length - (e.end - e.start), 0);
      expect(newText.slice(start + shift, end + shift)).toBe(segment.text);
    });
  }
}

const yamlErrors = (d: Design) => d.diagnostics.filter((x) => x.code.startsWith('yaml-'));

describe('applyCommand on generated designs', () => {
  it('keeps every design parseable, edits exact and untouched segments byte-identical', () => {
    let changed = 0;
    fc.assert(
      fc.property(designArb, fc.array(pickArb, { minLength: 1, maxLength: 6 }), (start, picks) => {
        let design = start;
        for (const pick of picks) {
          const command = pick(design);
          if (!command) continue;
          const result = applyCommand(design, command);
          for (const file of result.design.files) {
            const before = findFile(design, file.name)?.text ?? '';
            const edits = result.edits.filter((e) => e.file === file.name);
            expect(applyTextEdits(before, edits)).toBe(file.text);
          }
          expect(yamlErrors(result.design)).toEqual([]);
          // The incremental parse agrees with a parse from scratch.
          const fresh = createDesign(
            result.design.files.map((f) => ({ name: f.name, text: f.text })),
          );
          expect([...fresh.byKey.keys()]).toEqual([...result.design.byKey.keys()]);
          if (result.diagnostics.some((x) => x.severity === 'error'))
            expect(result.edits).toEqual([]);
          expectUntouchedSegments(design, result.design, result.edits);
          if (result.edits.length > 0) changed++;
          design = result.design;
        }
      }),
      { numRuns: 60 },
    );
    // The generator must mostly produce commands that change something.
    expect(changed).toBeGreaterThan(40);
  }, 60_000);
});
