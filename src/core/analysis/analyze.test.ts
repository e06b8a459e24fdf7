import { describe, expect, it } from 'vitest';
import { createDesign, setFileText } from '../design/design.ts';
import { analyzeDesign } from './analyze.ts';

const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
spec:
  gatewayClassName: missing
  listeners:
  - name: http
    protocol: HTTP
    port: 80
`;
const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: r
spec:
  parentRefs:
  - name: gw
    sectionName: nope
`;

describe('analyzeDesign', () => {
  it('places diagnostics at the field, sorted by position', () => {
    const design = createDesign([{ name: 'a.yaml', text: `${gateway}---\n${route}` }]);
    const { diagnostics } = analyzeDesign(design);
    expect(diagnostics.map((d) => [d.code, d.range?.start.line, d.range?.start.column])).toEqual([
      ['gatewayclass-not-found', 6, 21],
      ['route-no-matching-parent', 18, 5],
    ]);
    expect(diagnostics[1]).toMatchObject({
      file: 'a.yaml',
      path: 'spec.parentRefs[0]',
      resource: { kind: 'HTTPRoute', namespace: 'default', name: 'r' },
    });
    expect(diagnostics[1]!.message).toMatch(/no listener named nope \(listeners: http\)/);
  });

  it('caches per design and options, and follows edits', () => {
    const design = createDesign([{ name: 'a.yaml', text: `${gateway}---\n${route}` }]);
    const first = analyzeDesign(design);
    expect(analyzeDesign(design)).toBe(first);
    expect(analyzeDesign(design, { missingAsError: true })).not.toBe(first);
    const edited = setFileText(
      design,
      'a.yaml',
      `# moved down\n\n${gateway}---\n${route.replace('nope', 'http')}`,
    );
    const after = analyzeDesign(edited).diagnostics;
    expect(after.map((d) => [d.code, d.range?.start.line])).toEqual([
      ['gatewayclass-not-found', 8],
    ]);
  });
});
