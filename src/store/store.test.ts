import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFile } from '../core/design/design.ts';
import { documentOfFiles } from '../core/document/create.ts';
import { createDesignStore } from './index.ts';
import { TestDesigner } from './testing/test-designer.ts';
import type { DesignState } from './types.ts';

const ROUTES = `apiVersion: gateway.networking.k8s.io/v1
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
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop
spec:
  parentRefs:
  - name: web
  rules:
  - backendRefs:
    # stable gets most of the traffic
    - name: shop-v1
      port: 8080
      weight: 90
    - name: shop-v2
      port: 8080
      weight: 10
`;

const ROUTE = TestDesigner.key('HTTPRoute', 'shop');
const GATEWAY = TestDesigner.key('Gateway', 'web');

/** Checks, on every change, that `lastChange.edits` turn the previous text into the new one. */
function watchLastChange(designer: TestDesigner): () => void {
  return designer.store.subscribe((state: DesignState, previous: DesignState) => {
    if (state.lastChange === previous.lastChange) return;
    for (const file of state.design.files) {
      let text = findFile(previous.design, file.name)?.text ?? '';
      const edits = state.lastChange.edits
        .filter((e) => e.file === file.name)
        .sort((a, b) => b.start - a.start);
      for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
      expect(text).toBe(file.text);
    }
  });
}

describe('design store', () => {
  it('starts with the graph of the initial design and nothing to undo', () => {
    new TestDesigner(ROUTES)
      .expectNode(ROUTE)
      .expectEdge(ROUTE, GATEWAY)
      .expectHistory(false, false);
  });

  it('undoes and redoes a canvas command with its exact text', () => {
    const designer = new TestDesigner(ROUTES).setWeight(ROUTE, 0, 0, 70).setWeight(ROUTE, 0, 1, 30);
    const edited = designer.text();
    expect(edited).toContain('weight: 70');
    expect(edited).toContain('# stable gets most of the traffic');
    designer.undo(2).expectText(ROUTES).expectHistory(false, true).redo(2).expectText(edited);
    expect(designer.state.lastChange.origin).toBe('history');
  });

  it('coalesces keystrokes within 500 ms into one undo step', () => {
    new TestDesigner(ROUTES)
      .replace('weight: 90', 'weight: 9')
      .wait(100)
      .replace('weight: 9', 'weight: 95')
      .wait(700)
      .replace('port: 80\n', 'port: 8080\n')
      .undo()
      .expectText(ROUTES.replace('weight: 90', 'weight: 95'))
      .undo()
      .expectText(ROUTES)
      .expectHistory(false, true);
  });

  it('applies edits an editor reports like the text they make, in one history', () => {
    const designer = new TestDesigner(ROUTES);
    const at = ROUTES.indexOf('weight: 90') + 'weight: '.length;
    const typed = { file: designer.state.activeFile, start: at, end: at + 2, text: '75' };
    designer.store.getState().editText([typed], 'yaml');
    designer.expectText(ROUTES.replace('weight: 90', 'weight: 75'));
    expect(designer.state.lastChange).toMatchObject({ origin: 'yaml', edits: [typed] });
    designer.undo().expectText(ROUTES);
  });

  it('keeps one history across text edits and canvas commands', () => {
    const typed = ROUTES.replace('name: shop\n', 'name: shop\n  labels:\n    team: a\n');
    new TestDesigner(ROUTES)
      .type(typed)
      .setWeight(ROUTE, 0, 0, 50)
      .undo()
      .expectText(typed)
      .undo()
      .expectText(ROUTES)
      .redo(2)
      .expectText(typed.replace('weight: 90', 'weight: 50'));
  });

  it('makes a gesture (a weight slider sweep) one undo step', () => {
    new TestDesigner(ROUTES)
      .gesture((d) =>
        d.setWeight(ROUTE, 0, 0, 80).setWeight(ROUTE, 0, 0, 60).setWeight(ROUTE, 0, 0, 40),
      )
      .expectHistory(true, false)
      .undo()
      .expectText(ROUTES)
      .expectHistory(false, true);
  });

  it('undoes a drag as one step and bail() reverts a cancelled drag', () => {
    const designer = new TestDesigner(ROUTES).drag(ROUTE, [
      { x: 1, y: 1 },
      { x: 5, y: 5 },
      { x: 9, y: 9 },
    ]);
    expect(designer.state.positions[ROUTE]).toEqual({ x: 9, y: 9 });
    designer.undo();
    expect(designer.state.positions[ROUTE]).toBeUndefined();
    designer.redo().beginGesture();
    designer.state.moveNodes({ [ROUTE]: { x: 100, y: 100 } });
    designer.setWeight(ROUTE, 0, 0, 1).bail().expectText(ROUTES);
    expect(designer.state.positions[ROUTE]).toEqual({ x: 9, y: 9 });
    designer.expectHistory(true, false);
  });

  it('keeps the last good graph, marked stale, while the YAML has syntax errors', () => {
    const designer = new TestDesigner(ROUTES);
    const good = designer.state.graph;
    designer.replace('  parentRefs:\n', '  parentRefs: [\n');
    expect(designer.state.stale).toBe(true);
    expect(designer.state.graph).toBe(good);
    designer.undo();
    expect(designer.state.stale).toBe(false);
    designer.expectNode(ROUTE);
  });

  it('drops removed resources from the selection, and select() is not undoable', () => {
    const designer = new TestDesigner(ROUTES).select(ROUTE, GATEWAY).remove(ROUTE);
    expect(designer.state.selection).toEqual([GATEWAY]);
    designer.undo().expectNode(ROUTE);
    expect(designer.state.selection).toEqual([GATEWAY]);
  });

  it('does not record changes from the initial load or from history', () => {
    const store = createDesignStore({ document: documentOfFiles([{ name: 'a.yaml', text: '' }]) });
    store.getState().setFileText('a.yaml', 'kind: Service\n', 'url');
    expect(store.getState().canUndo).toBe(false);
    store.getState().setFileText('b.yaml', 'kind: Service\n', 'import');
    expect(store.getState().design.files.map((f) => f.name)).toEqual(['a.yaml', 'b.yaml']);
    expect(store.getState().canUndo).toBe(true);
  });

  it('undoing everything restores the original text, whatever the edits (model test)', () => {
    type Op =
      | { op: 'type'; at: number; text: string; wait: number }
      | { op: 'weight'; backend: 0 | 1; weight: number }
      | { op: 'undo' }
      | { op: 'redo' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        op: fc.constant('type' as const),
        at: fc.nat(ROUTES.length),
        text: fc.constantFrom('# note\n', '  ', 'x', ''),
        wait: fc.constantFrom(0, 600),
      }),
      fc.record({
        op: fc.constant('weight' as const),
        backend: fc.constantFrom(0 as const, 1 as const),
        weight: fc.nat(100),
      }),
      fc.constant({ op: 'undo' as const }),
      fc.constant({ op: 'redo' as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const designer = new TestDesigner(ROUTES);
        const stop = watchLastChange(designer);
        for (const step of ops) {
          if (step.op === 'undo') designer.undo();
          else if (step.op === 'redo') designer.redo();
          else if (step.op === 'type') {
            const text = designer.text();
            const at = Math.min(step.at, text.length);
            designer.wait(step.wait).type(text.slice(0, at) + step.text + text.slice(at));
          } else if (designer.state.design.byKey.has(ROUTE) && !designer.state.stale) {
            // A weight edit is a canvas gesture: only possible while the route is on the canvas.
            const result = designer.state.dispatch({
              type: 'setBackendWeight',
              key: ROUTE,
              rule: 0,
              backend: step.backend,
              weight: step.weight,
            });
            if (result.diagnostics.length > 0) continue;
          }
        }
        while (designer.state.canUndo) designer.undo();
        stop();
        expect(designer.text()).toBe(ROUTES);
      }),
      { numRuns: 60 },
    );
  });
});
