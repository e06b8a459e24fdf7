import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designText } from '../testing/design-arbitraries.ts';
import { designSnapshot } from '../testing/design-snapshot.ts';
import { createDesign, designFromSources, type Design, type SourceFile } from './design.ts';

/** A design's sources over time: each step keeps, rewrites, drops or adds files. */
const sourcesOverTime = fc.array(
  fc.uniqueArray(
    fc.record({ name: fc.constantFrom('a.yaml', 'b.yaml', 'c.yaml'), text: designText }),
    {
      selector: (s) => s.name,
      maxLength: 3,
    },
  ),
  { minLength: 1, maxLength: 5 },
);

describe('designFromSources', () => {
  it('follows any sequence of sources as if each were parsed from scratch', () => {
    fc.assert(
      fc.property(sourcesOverTime, (steps: SourceFile[][]) => {
        let design: Design | undefined;
        for (const sources of steps) {
          design = designFromSources(sources, {}, design);
          expect(designSnapshot(design)).toEqual(designSnapshot(createDesign(sources)));
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('returns the previous design when no text changed, and reuses unchanged files', () => {
    const a = { name: 'a.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n' };
    const b = { name: 'b.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n' };
    const first = designFromSources([a, b]);
    expect(designFromSources([{ ...a }, { ...b }], {}, first)).toBe(first);
    const next = designFromSources(
      [a, { ...b, text: b.text.replace('name: b', 'name: c') }],
      {},
      first,
    );
    expect(next.files[0]).toBe(first.files[0]);
    expect(next.resources.map((r) => r.name)).toEqual(['a', 'c']);
  });

  it('starts over when the options change', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n';
    const first = designFromSources([{ name: 'a.yaml', text }]);
    const other = designFromSources(
      [{ name: 'a.yaml', text }],
      { defaultNamespace: 'shop' },
      first,
    );
    expect(other.resources[0]?.namespace).toBe('shop');
  });
});
