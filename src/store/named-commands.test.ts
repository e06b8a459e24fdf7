import { describe, expect, it } from 'vitest';
import { dedent } from '../core/testing/dedent.ts';
import { TestDesigner } from './testing/test-designer.ts';

const ISTIO = dedent`
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata:
    name: reviews
  spec:
    hosts:
    - reviews
    http:
    - route:
      - destination:
          host: reviews
  ---
  apiVersion: networking.istio.io/v1
  kind: DestinationRule
  metadata:
    name: reviews
  spec:
    host: reviews
    subsets:
    - name: v1
    - name: v2
`;
const VS = 'networking.istio.io/VirtualService/default/reviews';
const DR = 'networking.istio.io/DestinationRule/default/reviews';

describe('the inspector’s commands in the designer', () => {
  it('connecting an http route to two subsets splits it; each connection is one undo step', () => {
    const d = new TestDesigner(ISTIO)
      .connect(`${VS}#http/0`, `${DR}#subset/v1`)
      .connect(`${DR}#subset/v2`, `${VS}#http/0`)
      .expectEdge(`${VS}#http/0`, `${DR}#subset/v1`)
      .expectEdge(`${VS}#http/0`, `${DR}#subset/v2`);
    expect(d.text()).toContain(
      'subset: v1\n      weight: 50\n    - destination:\n        host: reviews\n        subset: v2\n      weight: 50\n',
    );
    d.dispatch({
      type: 'setBackendWeight',
      key: VS,
      rule: 0,
      backend: 0,
      weight: 80,
      balance: true,
    });
    expect(d.text()).toContain('weight: 80');
    expect(d.text()).toContain('weight: 20');
    d.undo().undo().expectNoEdge(`${VS}#http/0`, `${DR}#subset/v2`).undo();
    d.expectText(ISTIO).expectHistory(false, true);
  });

  it('a subset renamed takes its destinations along, undone as one step', () => {
    const d = new TestDesigner(ISTIO).connect(`${VS}#http/0`, `${DR}#subset/v1`);
    const routed = d.text();
    d.dispatch({ type: 'renameSubset', key: DR, name: 'v1', to: 'stable' })
      .expectEdge(`${VS}#http/0`, `${DR}#subset/stable`)
      .undo()
      .expectText(routed);
  });

  it('a listener renamed takes the attached routes along, undone as one step', () => {
    const GW = TestDesigner.key('Gateway', 'web');
    const ROUTE = TestDesigner.key('HTTPRoute', 'shop');
    const d = new TestDesigner()
      .add('Gateway', 'web')
      .add('HTTPRoute', 'shop')
      .connect(`${GW}#listener/http`, ROUTE);
    const attached = d.text();
    d.dispatch({ type: 'renameListener', key: GW, name: 'http', to: 'public' })
      .expectEdge(ROUTE, `${GW}#listener/public`)
      .undo()
      .expectText(attached);
  });

  it('the side column width is session state: undo leaves it alone', () => {
    const d = new TestDesigner().add('Service', 'web');
    d.state.setSideColumnWidth(420);
    d.undo();
    expect(d.state.sideColumnWidth).toBe(420);
  });
});
