import { describe, expect, it } from 'vitest';
import { TestDesigner } from '../../store/testing/test-designer.ts';
import type { ConfirmRequest } from '../canvas/ConfirmDialog.tsx';
import { handleShortcut, NUDGE_STEP, type NodePositionLookup } from './shortcuts.ts';

const YAML = `apiVersion: v1
kind: Service
metadata:
  name: cart
---
apiVersion: v1
kind: Service
metadata:
  name: catalog
---
apiVersion: v1
kind: Service
metadata:
  name: search
`;
const CART = TestDesigner.key('Service', 'cart');
const CATALOG = TestDesigner.key('Service', 'catalog');
const SEARCH = TestDesigner.key('Service', 'search');

function press(key: string, modifiers: Partial<KeyboardEvent> = {}): KeyboardEvent {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    target: null,
    ...modifiers,
  } as KeyboardEvent;
}

/** A view that records the questions it is asked. */
function host(positionOf: NodePositionLookup = () => undefined) {
  const asked: ConfirmRequest[] = [];
  return { positionOf, ask: (request: ConfirmRequest) => asked.push(request), asked };
}
const noLayout = host();

describe('designer shortcuts', () => {
  it('Delete removes the selected resources as one undo step; Ctrl+Z brings them back', () => {
    const designer = new TestDesigner(YAML).select(CART, SEARCH);
    expect(handleShortcut(press('Delete'), designer.store, noLayout)).toBe(true);
    designer.expectResources(CATALOG);
    expect(handleShortcut(press('z', { ctrlKey: true }), designer.store, noLayout)).toBe(true);
    designer.expectText(YAML).expectHistory(false, true);
    handleShortcut(press('Z', { metaKey: true, shiftKey: true }), designer.store, noLayout);
    designer.expectResources(CATALOG);
  });

  it('Ctrl+A selects every node and F asks the canvas to fit', () => {
    const designer = new TestDesigner(YAML);
    handleShortcut(press('a', { ctrlKey: true }), designer.store, noLayout);
    expect(designer.state.selection).toEqual([CART, CATALOG, SEARCH]);
    handleShortcut(press('f'), designer.store, noLayout);
    expect(designer.state.fitViewRequest).toBe(1);
  });

  it('arrows nudge the selection from where the canvas draws it, undoably', () => {
    const designer = new TestDesigner(YAML).select(CART);
    const laidOut = (id: string) => (id === CART ? { x: 100, y: 40 } : undefined);
    handleShortcut(press('ArrowRight'), designer.store, host(laidOut));
    handleShortcut(press('ArrowUp', { shiftKey: true }), designer.store, host(laidOut));
    expect(designer.state.positions[CART]).toEqual({
      x: 100 + NUDGE_STEP,
      y: 40 - NUDGE_STEP * 10,
    });
    designer.undo(2);
    expect(designer.state.positions[CART]).toBeUndefined();
  });

  it('Delete asks first when references would dangle, and deletes only when confirmed', () => {
    const routed = `${YAML}---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop
spec:
  rules:
  - backendRefs:
    - name: cart
      port: 80
`;
    const designer = new TestDesigner(routed).select(CART);
    const view = host();
    expect(handleShortcut(press('Delete'), designer.store, view)).toBe(true);
    designer.expectText(routed);
    expect(view.asked).toHaveLength(1);
    expect(view.asked[0]!.details.join()).toContain(
      'HTTPRoute default/shop refers to Service default/cart',
    );
    view.asked[0]!.onConfirm();
    designer.expectNode(CART, false).expectNode(`missing:${CART}`).undo().expectText(routed);
  });

  it('Delete removes a selected rule, not only whole resources', () => {
    const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop
spec:
  rules:
  - backendRefs: []
  - backendRefs: []
`;
    const ROUTE = TestDesigner.key('HTTPRoute', 'shop');
    const designer = new TestDesigner(route).select(`${ROUTE}#rule/1`);
    expect(handleShortcut(press('Backspace'), designer.store, noLayout)).toBe(true);
    designer.expectNode(`${ROUTE}#rule/0`).expectNode(`${ROUTE}#rule/1`, false);
  });

  it('leaves other keys alone', () => {
    const designer = new TestDesigner(YAML);
    expect(handleShortcut(press('Delete'), designer.store, noLayout)).toBe(false);
    expect(handleShortcut(press('x'), designer.store, noLayout)).toBe(false);
  });
});
