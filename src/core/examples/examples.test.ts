import { describe, expect, it } from 'vitest';
import { createDesign } from '../design/design.ts';
import { DEFAULT_EXAMPLE_ID, EXAMPLES, findExample } from './index.ts';

describe('examples', () => {
  // The 1,000-route example is generated and parsed here (about 1 s alone, over 5 s on a busy machine).
  it.each(EXAMPLES.map((e) => [e.id, e] as const))(
    '%s parses without errors',
    (_id, example) => {
      const design = createDesign(example.files);
      expect(design.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(design.resources.length).toBeGreaterThan(0);
    },
    30_000,
  );

  it('has unique ids and a default that exists', () => {
    const ids = EXAMPLES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findExample(DEFAULT_EXAMPLE_ID)).toBeDefined();
  });

  it('covers every seed pattern', () => {
    const text = EXAMPLES.flatMap((e) => e.files.map((f) => f.text)).join('\n');
    for (const needle of [
      'kind: ReferenceGrant',
      'type: RequestMirror',
      'weight: 10',
      'headers:',
      'timeouts:',
      'mode: Terminate',
      'mode: MUTUAL',
      'subset: canary',
      'mirror:',
      'retries:',
      'httpsRedirect: true',
    ]) {
      expect(text).toContain(needle);
    }
  });
});
