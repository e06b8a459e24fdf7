import { describe, expect, it } from 'vitest';
import { createDesign } from '../design/design.ts';
import { analyzeDesign } from '../analysis/analyze.ts';
import { generateLargeDesign } from './large.ts';

/** The backendRefs of each rule of an HTTPRoute. */
function backendRefs(value: Record<string, unknown>): { name: string; weight?: number }[][] {
  const spec = value.spec as { rules: { backendRefs: { name: string; weight?: number }[] }[] };
  return spec.rules.map((rule) => rule.backendRefs);
}

describe('generateLargeDesign', () => {
  it('is deterministic', () => {
    const options = { routes: 50, gateways: 3 };
    expect(generateLargeDesign(options)).toBe(generateLargeDesign(options));
  });

  it('parses without diagnostics into the expected resources', () => {
    const design = createDesign([
      { name: 'large.yaml', text: generateLargeDesign({ routes: 12, gateways: 2 }) },
    ]);
    expect(design.diagnostics).toEqual([]);
    const count = (kind: string) => design.resources.filter((r) => r.kind === kind).length;
    expect(count('GatewayClass')).toBe(1);
    expect(count('Gateway')).toBe(2);
    expect(count('Secret')).toBe(2);
    expect(count('HTTPRoute')).toBe(12);
    expect(count('Service')).toBe(18); // two for each even route, one for each odd route
  });

  it('is a valid design: no schema, rule or status errors', () => {
    const design = createDesign([
      { name: 'large.yaml', text: generateLargeDesign({ routes: 24, gateways: 4 }) },
    ]);
    const problems = analyzeDesign(design).diagnostics;
    expect(problems.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
  });

  it('only references objects it defines, and split weights add up to 100', () => {
    const design = createDesign([
      { name: 'large.yaml', text: generateLargeDesign({ routes: 24, gateways: 4 }) },
    ]);
    for (const route of design.resources.filter((r) => r.kind === 'HTTPRoute')) {
      for (const refs of backendRefs(route.value)) {
        for (const ref of refs)
          expect(design.byKey.has(`/Service/${route.namespace}/${ref.name}`)).toBe(true);
        if (refs.length > 1)
          expect(refs.reduce((sum, ref) => sum + (ref.weight ?? 1), 0)).toBe(100);
      }
      const parents = (route.value.spec as { parentRefs: { name: string; namespace: string }[] })
        .parentRefs;
      for (const parent of parents) {
        expect(
          design.byKey.has(`gateway.networking.k8s.io/Gateway/${parent.namespace}/${parent.name}`),
        ).toBe(true);
      }
    }
  });

  it('lands near 54,000 lines and 0.9 MB for 1,000 routes', () => {
    const text = generateLargeDesign({ routes: 1000, gateways: 4 });
    const lines = text.split('\n').length;
    expect(lines).toBeGreaterThan(50_000);
    expect(lines).toBeLessThan(58_000);
    expect(text.length).toBeGreaterThan(850_000);
    expect(text.length).toBeLessThan(1_000_000);
  });
});
