import { describe, expect, it } from 'vitest';
import { createDesignStore, parentStatusKey, selectAnalysis } from './index.ts';

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

function storeOf(text = DESIGN) {
  return createDesignStore({ files: [{ name: 'design.yaml', text }] });
}

describe('selectAnalysis', () => {
  it('returns the same object while the design is the same', () => {
    const store = storeOf();
    const first = selectAnalysis(store.getState());
    store.getState().select([ROUTE]);
    store.getState().setYamlPane({ width: 300 });
    expect(selectAnalysis(store.getState())).toBe(first);
  });

  it('recomputes for a new design and per option, caching each', () => {
    const store = storeOf();
    const lenient = selectAnalysis(store.getState());
    store.getState().setMissingAsError(true);
    const strict = selectAnalysis(store.getState());
    expect(strict).not.toBe(lenient);
    const missing = (a: typeof strict) =>
      a.diagnostics.filter((d) => d.code === 'backend-not-found').map((d) => d.severity);
    expect(missing(lenient)).toEqual(['warning']);
    expect(missing(strict)).toEqual(['error']);
    store.getState().setMissingAsError(false);
    expect(selectAnalysis(store.getState())).toBe(lenient);
    store.getState().setFileText('design.yaml', DESIGN.replace('HTTPX', 'HTTP'), 'yaml');
    const next = selectAnalysis(store.getState());
    expect(next).not.toBe(lenient);
    expect(next.diagnostics.map((d) => d.code)).not.toContain('schema-enum');
  });

  it('merges parse, schema and analysis diagnostics in file order', () => {
    const store = storeOf(`${DESIGN}---\nkind: [unclosed\n`);
    const { diagnostics, checks } = selectAnalysis(store.getState());
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('schema-enum');
    expect(codes).toContain('backend-not-found');
    expect(codes.some((c) => c.startsWith('yaml-'))).toBe(true);
    expect(checks.some((d) => d.code.startsWith('yaml-'))).toBe(false);
    const offsets = diagnostics.map((d) => d.range?.start.offset ?? -1);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('counts problems per resource with the worst severity', () => {
    const { byResource } = selectAnalysis(storeOf().getState());
    expect(byResource.get(GATEWAY)).toMatchObject({ error: 1, worst: 'error' });
    expect(byResource.get(ROUTE)?.worst).toBe('error');
  });

  it('files parent status under the written parentRefs index and counts attached routes', () => {
    const { parentStatus, attachedRoutes } = selectAnalysis(storeOf().getState());
    expect(parentStatus.has(parentStatusKey(ROUTE, 0))).toBe(false);
    const accepted = parentStatus.get(parentStatusKey(ROUTE, 1))?.conditions[0];
    expect(accepted).toMatchObject({ type: 'Accepted', status: 'True' });
    expect(attachedRoutes.get(`${GATEWAY}#listener/admin`)).toBe(1);
    expect(attachedRoutes.get(`${GATEWAY}#listener/http`)).toBe(0);
  });
});
