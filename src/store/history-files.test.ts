import { describe, expect, it } from 'vitest';
import { TestDesigner } from './testing/test-designer.ts';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: cart
`;

const names = (designer: TestDesigner) => designer.state.design.files.map((f) => f.name);

function addServiceTo(designer: TestDesigner, file: string, name: string) {
  return designer.dispatch({ type: 'addResource', file, apiVersion: 'v1', kind: 'Service', name });
}

describe('undo of a change that created a file', () => {
  it('removes the file again, and redo brings it back with the same text', () => {
    const designer = new TestDesigner(SERVICE);
    addServiceTo(designer, 'extra.yaml', 'catalog');
    const created = designer.text('extra.yaml');
    expect(names(designer)).toEqual(['design.yaml', 'extra.yaml']);
    designer.undo();
    expect(names(designer)).toEqual(['design.yaml']);
    designer.expectText(SERVICE).expectHistory(false, true);
    designer.redo();
    expect(names(designer)).toEqual(['design.yaml', 'extra.yaml']);
    designer.expectText(created, 'extra.yaml');
  });

  it('removes an empty imported file and makes it again on redo', () => {
    const designer = new TestDesigner(SERVICE);
    designer.state.setFileText('empty.yaml', '', 'import');
    expect(names(designer)).toEqual(['design.yaml', 'empty.yaml']);
    designer.undo();
    expect(names(designer)).toEqual(['design.yaml']);
    designer.redo();
    expect(names(designer)).toEqual(['design.yaml', 'empty.yaml']);
  });

  it('removes it when the whole gesture is undone or bailed, keeping older files', () => {
    const designer = new TestDesigner(SERVICE);
    designer.gesture(() => {
      addServiceTo(designer, 'extra.yaml', 'a');
      addServiceTo(designer, 'extra.yaml', 'b');
    });
    designer.undo();
    expect(names(designer)).toEqual(['design.yaml']);
    designer.beginGesture();
    addServiceTo(designer, 'other.yaml', 'c');
    designer.bail();
    expect(names(designer)).toEqual(['design.yaml']);
    // The bailed gesture's first change had already cleared the redo stack.
    designer.expectText(SERVICE).expectHistory(false, false);
  });

  it('keeps a file that existed before, even when the undone change emptied it', () => {
    const designer = new TestDesigner(SERVICE);
    designer.remove(TestDesigner.key('Service', 'cart')).undo();
    expect(names(designer)).toEqual(['design.yaml']);
    designer.expectText(SERVICE);
  });

  it('moves the YAML pane off a file that undo removed', () => {
    const designer = new TestDesigner(SERVICE);
    addServiceTo(designer, 'extra.yaml', 'catalog');
    designer.state.setActiveFile('extra.yaml');
    designer.undo();
    expect(designer.state.activeFile).toBe('design.yaml');
  });
});
