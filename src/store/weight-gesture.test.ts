import { describe, expect, it } from 'vitest';
import { moveShare } from '../core/traffic/redistribute.ts';
import { TestDesigner } from './testing/test-designer.ts';

const ROUTE_TEXT = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop
spec:
  rules:
  - backendRefs:
    - name: shop-v1
      port: 8080
      weight: 9 # stable
    - name: shop-v2
      port: 8080
      weight: 1
`;
const ROUTE = TestDesigner.key('HTTPRoute', 'shop');

describe('a weight slider drag', () => {
  it('writes redistributed weights step by step and undoes as one step', () => {
    const designer = new TestDesigner(ROUTE_TEXT);
    designer.gesture((d) => {
      let weights = [9, 1];
      for (const share of [0.2, 0.3, 0.4]) {
        weights = moveShare(weights, 1, share).weights;
        d.dispatch({ type: 'setBackendWeights', key: ROUTE, rule: 0, weights });
      }
    });
    expect(designer.text()).toBe(
      ROUTE_TEXT.replace('weight: 9 #', 'weight: 6 #').replace('weight: 1\n', 'weight: 4\n'),
    );
    designer.undo().expectText(ROUTE_TEXT).expectHistory(false, true);
  });
});
