import { DEFAULT_GATEWAY_API_TARGET } from '../core/schemas/gateway-api/target.ts';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../core/analysis/analyze.ts';
import { createDesign } from '../core/design/design.ts';
import { composeAnalysis, parentStatusKey, pendingAnalysis } from './index.ts';

const DESIGN = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: web
spec:
  gatewayClassName: istio
  listeners:
  - name: http
    port: 80
    protocol: HTTPX
  - name: admin
    port: 8080
    protocol: HTTP
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop
spec:
  parentRefs:
  - not a mapping
  - name: web
    sectionName: admin
  rules:
  - backendRefs:
    - name: shop-v1
      port: 8080
`;

const GATEWAY = 'gateway.networking.k8s.io/Gateway/default/web';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/default/shop';

/** What the views show for a design: its analysis result composed with the parse diagnostics. */
function analysisOf(text = DESIGN, missingAsError = false) {
  const design = createDesign([{ name: 'design.yaml', text }]);
  const settings = { missingAsError, gatewayApi: DEFAULT_GATEWAY_API_TARGET };
  return composeAnalysis(design, settings, analyzeDesign(design, settings));
}

describe('composeAnalysis', () => {
  it('follows the option and the design', () => {
    const lenient = analysisOf();
    const strict = analysisOf(DESIGN, true);
    const missing = (a: typeof strict) =>
      a.diagnostics.filter((d) => d.code === 'backend-not-found').map((d) => d.severity);
    expect(missing(lenient)).toEqual(['warning']);
    expect(missing(strict)).toEqual(['error']);
    expect(strict.missingAsError).toBe(true);
    const fixed = analysisOf(DESIGN.replace('HTTPX', 'HTTP'));
    expect(fixed.diagnostics.map((d) => d.code)).not.toContain('schema-enum');
  });

  it('shows the parse diagnostics alone while the checks are pending', () => {
    const design = createDesign([{ name: 'design.yaml', text: `${DESIGN}---\nkind: [unclosed\n` }]);
    const pending = pendingAnalysis(design, {
      missingAsError: false,
      gatewayApi: DEFAULT_GATEWAY_API_TARGET,
    });
    expect(pending.pending).toBe(true);
    expect(pending.checks).toEqual([]);
    expect(pending.diagnostics.map((d) => d.code)).toEqual(design.diagnostics.map((d) => d.code));
    expect(pending.diagnostics.length).toBeGreaterThan(0);
  });

  it('merges parse, schema and analysis diagnostics in file order', () => {
    const { diagnostics, checks } = analysisOf(`${DESIGN}---\nkind: [unclosed\n`);
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('schema-enum');
    expect(codes).toContain('backend-not-found');
    expect(codes.some((c) => c.startsWith('yaml-'))).toBe(true);
    expect(checks.some((d) => d.code.startsWith('yaml-'))).toBe(false);
    const offsets = diagnostics.map((d) => d.range?.start.offset ?? -1);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('counts problems per resource with the worst severity', () => {
    const { byResource } = analysisOf();
    expect(byResource.get(GATEWAY)).toMatchObject({ error: 1, worst: 'error' });
    expect(byResource.get(ROUTE)?.worst).toBe('error');
  });

  it('files parent status under the written parentRefs index and counts attached routes', () => {
    const { parentStatus, attachedRoutes } = analysisOf();
    expect(parentStatus.has(parentStatusKey(ROUTE, 0))).toBe(false);
    const accepted = parentStatus.get(parentStatusKey(ROUTE, 1))?.conditions[0];
    expect(accepted).toMatchObject({ type: 'Accepted', status: 'True' });
    expect(attachedRoutes.get(`${GATEWAY}#listener/admin`)).toBe(1);
    expect(attachedRoutes.get(`${GATEWAY}#listener/http`)).toBe(0);
  });
});
