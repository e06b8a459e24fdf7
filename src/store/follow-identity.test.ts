import { describe, expect, it } from 'vitest';
import { TestDesigner } from './testing/test-designer.ts';

const DESIGN = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: web
spec:
  gatewayClassName: istio
  listeners:
  - name: http
    port: 80
    protocol: HTTP
---
apiVersion: v1
kind: Service
metadata:
  name: cart
`;

const GATEWAY = TestDesigner.key('Gateway', 'web');
const CART = TestDesigner.key('Service', 'cart');
const AT = { x: 120, y: 340 };

describe('positions and selection follow a resource', () => {
  it('through a rename by command, and back through its undo', () => {
    const designer = new TestDesigner(DESIGN);
    designer.state.moveNodes({ [GATEWAY]: AT });
    designer.select(GATEWAY);
    designer.dispatch({ type: 'renameResource', key: GATEWAY, name: 'edge' });
    const renamed = TestDesigner.key('Gateway', 'edge');
    expect(designer.state.positions).toEqual({ [renamed]: AT });
    expect(designer.state.selection).toEqual([renamed]);
    designer.undo();
    expect(designer.state.positions).toEqual({ [GATEWAY]: AT });
    expect(designer.state.selection).toEqual([GATEWAY]);
  });

  it('through a namespace move, parts of the resource included', () => {
    const designer = new TestDesigner(DESIGN);
    designer.state.moveNodes({ [GATEWAY]: AT });
    designer.select(`${GATEWAY}#listener/http`);
    designer.dispatch({ type: 'moveToNamespace', key: GATEWAY, namespace: 'infra' });
    const moved = TestDesigner.key('Gateway', 'web', 'infra');
    expect(designer.state.positions).toEqual({ [moved]: AT });
    expect(designer.state.selection).toEqual([`${moved}#listener/http`]);
  });

  it('when the new name is typed in the YAML, key by key', () => {
    const designer = new TestDesigner(DESIGN);
    designer.state.moveNodes({ [CART]: AT });
    designer.select(CART);
    designer.replace('name: cart', 'name: car').replace('name: car', 'name: cart-v2');
    const renamed = TestDesigner.key('Service', 'cart-v2');
    expect(designer.state.positions).toEqual({ [renamed]: AT });
    expect(designer.state.selection).toEqual([renamed]);
  });

  it('not when a resource is replaced by a new one elsewhere in the file', () => {
    const designer = new TestDesigner(DESIGN);
    designer.state.moveNodes({ [CART]: AT });
    designer.add('Service', 'other');
    designer.remove(CART);
    expect(designer.state.positions).toEqual({ [CART]: AT });
  });
});
