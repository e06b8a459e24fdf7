import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { createDesign } from '../design/design.ts';
import { EXAMPLES, type Pattern } from './index.ts';

/** The seeds' patterns and the families that have them (UDP and mTLS exist in one family only). */
const PATTERNS: Record<Pattern, readonly ('gateway-api' | 'istio')[]> = {
  path: ['gateway-api', 'istio'],
  'header-ab': ['gateway-api', 'istio'],
  canary: ['gateway-api', 'istio'],
  'blue-green': ['gateway-api', 'istio'],
  mirroring: ['gateway-api', 'istio'],
  'timeout-retry': ['gateway-api', 'istio'],
  'https-redirect': ['gateway-api', 'istio'],
  mtls: ['istio'],
  'cross-namespace': ['gateway-api', 'istio'],
  tcp: ['gateway-api', 'istio'],
  udp: ['gateway-api'],
  'tls-passthrough': ['gateway-api', 'istio'],
  grpc: ['gateway-api', 'istio'],
};

describe('templates', () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))(
    '%s is valid by the analyzer: no errors, no warnings',
    (_id, example) => {
      const design = createDesign(example.files);
      const problems = [...design.diagnostics, ...analyzeDesign(design).diagnostics].filter(
        (d) => d.severity !== 'info',
      );
      expect(
        problems.map((d) => `${d.file}:${d.range?.start.line} ${d.code} ${d.message}`),
      ).toEqual([]);
    },
    // The large generated designs take seconds to analyze on a busy machine.
    60_000,
  );

  it('show every seed pattern in each family that has it', () => {
    for (const [pattern, families] of Object.entries(PATTERNS)) {
      for (const family of families) {
        const shown = EXAMPLES.some(
          (e) => e.section === family && e.patterns.includes(pattern as Pattern),
        );
        expect(shown, `${pattern} in ${family}`).toBe(true);
      }
    }
  });

  it('each have a one-line description and a readable size', () => {
    for (const example of EXAMPLES.filter((e) => e.section !== 'scale')) {
      expect(example.description).not.toContain('\n');
      expect(example.description.length).toBeLessThanOrEqual(150);
      expect(createDesign(example.files).resources.length).toBeLessThanOrEqual(20);
    }
  });
});
