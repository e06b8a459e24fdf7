import { describe, expect, it } from 'vitest';
import { TestDesigner } from '../../store/testing/test-designer.ts';
import { handleShortcut, NUDGE_STEP } from './shortcuts.ts';

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

const noLayout = () => undefined;

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
    handleShortcut(press('ArrowRight'), designer.store, laidOut);
    handleShortcut(press('ArrowUp', { shiftKey: true }), designer.store, laidOut);
    expect(designer.state.positions[CART]).toEqual({
      x: 100 + NUDGE_STEP,
      y: 40 - NUDGE_STEP * 10,
    });
    designer.undo(2);
    expect(designer.state.positions[CART]).toBeUndefined();
  });

  it('leaves other keys alone', () => {
    const designer = new TestDesigner(YAML);
    expect(handleShortcut(press('Delete'), designer.store, noLayout)).toBe(false);
    expect(handleShortcut(press('x'), designer.store, noLayout)).toBe(false);
  });
});
