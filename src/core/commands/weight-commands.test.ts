import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/dedent.ts';
import { apply, designOf, textAfter } from './test-support.ts';

const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/default/web';
const VS = 'networking.istio.io/VirtualService/default/reviews';

const route = dedent`
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: web
  spec:
    rules:
    - backendRefs:
      - name: v1 # stable
        port: 80
        weight: 9
      - name: v2
        port: 80
      - name: v3
        port: 80
        weight: 0
`;

const vs = dedent`
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata:
    name: reviews
  spec:
    hosts: [reviews]
    tcp:
    - route:
      - destination: {host: a}
        weight: 90
      - destination: {host: b}
        weight: 10
`;

describe('setBackendWeights', () => {
  it('writes only the weights that change, keeping comments and the rest', () => {
    const result = apply(designOf(route), {
      type: 'setBackendWeights',
      key: ROUTE,
      rule: 0,
      weights: [7, 1, 2],
    });
    expect(result.diagnostics).toEqual([]);
    // v2 keeps its unwritten default 1; only v1 and v3 change.
    expect(result.edits).toHaveLength(2);
    expect(result.design.files[0]!.text).toBe(
      route.replace('weight: 9', 'weight: 7').replace('weight: 0', 'weight: 2'),
    );
  });

  it('adds a weight where none was written', () => {
    const text = textAfter(designOf(route), {
      type: 'setBackendWeights',
      key: ROUTE,
      rule: 0,
      weights: [9, 3, 0],
    });
    expect(text).toContain('- name: v2\n      port: 80\n      weight: 3\n');
  });

  it('edits Istio tcp routes as well as http ones', () => {
    const text = textAfter(designOf(vs), {
      type: 'setBackendWeights',
      key: VS,
      rule: 0,
      section: 'tcp',
      weights: [75, 25],
    });
    expect(text).toBe(vs.replace('weight: 90', 'weight: 75').replace('weight: 10', 'weight: 25'));
  });

  it('refuses weights that do not fit the rule', () => {
    const design = designOf(route);
    const count = apply(design, {
      type: 'setBackendWeights',
      key: ROUTE,
      rule: 0,
      weights: [1, 1],
    });
    expect(count.diagnostics[0]).toMatchObject({ code: 'edit-invalid' });
    const negative = apply(design, {
      type: 'setBackendWeights',
      key: ROUTE,
      rule: 0,
      weights: [1, -1, 1],
    });
    expect(negative.diagnostics[0]!.message).toMatch(/whole number/);
    const istio = apply(designOf(vs), {
      type: 'setBackendWeights',
      key: VS,
      rule: 0,
      section: 'tcp',
      weights: [101, 0],
    });
    expect(istio.diagnostics[0]!.message).toMatch(/0 to 100/);
    const missing = apply(design, { type: 'setBackendWeights', key: ROUTE, rule: 3, weights: [1] });
    expect(missing.diagnostics[0]).toMatchObject({ code: 'edit-target-missing' });
  });
});
