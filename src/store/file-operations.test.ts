import { describe, expect, it } from 'vitest';
import { TestDesigner } from './testing/test-designer.ts';

const SERVICE = `# the cart
apiVersion: v1
kind: Service
metadata:
  name: cart
`;

const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop
spec:
  rules:
  - backendRefs:
    - name: cart
      port: 8080
`;

const CART = TestDesigner.key('Service', 'cart');
const names = (designer: TestDesigner) => designer.state.design.files.map((f) => f.name);

function twoFiles() {
  return new TestDesigner([
    { name: 'services.yaml', text: SERVICE },
    { name: 'routes.yaml', text: ROUTE },
  ]);
}

describe('adding a file', () => {
  it('adds an empty file, opens it, and undo takes it away again', () => {
    const designer = twoFiles();
    expect(designer.state.addFile('more.yaml')).toBeUndefined();
    expect(names(designer)).toEqual(['services.yaml', 'routes.yaml', 'more.yaml']);
    expect(designer.state.activeFile).toBe('more.yaml');
    designer.undo();
    expect(names(designer)).toEqual(['services.yaml', 'routes.yaml']);
    expect(designer.state.activeFile).toBe('services.yaml');
    designer.redo();
    expect(names(designer)).toEqual(['services.yaml', 'routes.yaml', 'more.yaml']);
  });

  it('refuses a taken or a bad name and records nothing', () => {
    const designer = twoFiles();
    expect(designer.state.addFile('routes.yaml')).toMatch(/already has a file named routes.yaml/);
    expect(designer.state.addFile(' ')).toMatch(/needs a name/);
    expect(designer.state.addFile('../up.yaml')).toMatch(/not a relative path/);
    designer.expectHistory(false, false);
  });
});

describe('renaming a file', () => {
  it('keeps its text, place and resources; the pane follows; undo and redo rename it back and forth', () => {
    const designer = twoFiles();
    designer.state.setActiveFile('services.yaml');
    expect(designer.state.renameFile('services.yaml', 'backends.yaml')).toBeUndefined();
    expect(names(designer)).toEqual(['backends.yaml', 'routes.yaml']);
    expect(designer.state.activeFile).toBe('backends.yaml');
    designer.expectText(SERVICE, 'backends.yaml');
    expect(designer.state.design.byKey.get(CART)?.file).toBe('backends.yaml');
    designer.undo();
    expect(names(designer)).toEqual(['services.yaml', 'routes.yaml']);
    expect(designer.state.activeFile).toBe('services.yaml');
    designer.redo();
    expect(names(designer)).toEqual(['backends.yaml', 'routes.yaml']);
    expect(designer.state.activeFile).toBe('backends.yaml');
  });

  it('refuses the name of another file', () => {
    const designer = twoFiles();
    expect(designer.state.renameFile('services.yaml', 'routes.yaml')).toMatch(/already has/);
    expect(names(designer)).toEqual(['services.yaml', 'routes.yaml']);
  });
});

describe('deleting a file', () => {
  it('removes it with its resources; undo puts it back in its place, byte for byte', () => {
    const designer = twoFiles();
    designer.state.setActiveFile('services.yaml');
    designer.state.removeFile('services.yaml');
    expect(names(designer)).toEqual(['routes.yaml']);
    expect(designer.state.design.byKey.has(CART)).toBe(false);
    expect(designer.state.activeFile).toBe('routes.yaml');
    designer.undo();
    expect(names(designer)).toEqual(['services.yaml', 'routes.yaml']);
    designer.expectText(SERVICE, 'services.yaml');
    expect(designer.state.design.byKey.has(CART)).toBe(true);
    designer.redo();
    expect(names(designer)).toEqual(['routes.yaml']);
  });

  it('keeps the last file', () => {
    const designer = new TestDesigner(SERVICE);
    designer.state.removeFile('design.yaml');
    expect(names(designer)).toEqual(['design.yaml']);
    designer.expectHistory(false, false);
  });
});

describe('moving a resource to another file', () => {
  it('moves its document with its comments; undo moves it back', () => {
    const designer = twoFiles();
    designer.dispatch({ type: 'moveToFile', key: CART, file: 'routes.yaml' });
    designer.expectText('', 'services.yaml').expectText(`${ROUTE}---\n${SERVICE}`, 'routes.yaml');
    expect(designer.state.design.byKey.get(CART)?.file).toBe('routes.yaml');
    designer.undo().expectText(SERVICE, 'services.yaml').expectText(ROUTE, 'routes.yaml');
  });

  it('creates the target file when it is new, and undo removes it', () => {
    const designer = twoFiles();
    designer.dispatch({ type: 'moveToFile', key: CART, file: 'cart.yaml' });
    expect(names(designer)).toEqual(['services.yaml', 'routes.yaml', 'cart.yaml']);
    designer.expectText(SERVICE, 'cart.yaml');
    designer.undo();
    expect(names(designer)).toEqual(['services.yaml', 'routes.yaml']);
  });
});

describe('adding files (an import)', () => {
  it('is one undo step that removes every added file', () => {
    const designer = new TestDesigner(SERVICE);
    designer.state.addFiles(
      [
        { name: 'a.yaml', text: ROUTE },
        { name: 'b.yaml', text: '' },
      ],
      'import',
    );
    expect(names(designer)).toEqual(['design.yaml', 'a.yaml', 'b.yaml']);
    designer.undo();
    expect(names(designer)).toEqual(['design.yaml']);
    designer.expectHistory(false, true).redo();
    expect(names(designer)).toEqual(['design.yaml', 'a.yaml', 'b.yaml']);
    designer.expectText(ROUTE, 'a.yaml');
  });
});
