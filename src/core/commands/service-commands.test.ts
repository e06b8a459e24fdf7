import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/dedent.ts';
import { apply, designOf, textAfter } from './test-support.ts';

const SVC = '/Service/shop/web';

const design = () =>
  designOf(dedent`
    apiVersion: v1
    kind: Service
    metadata:
      name: web
      namespace: shop
    spec:
      selector:
        app: web
      ports:
      - name: http
        port: 80
      - name: admin
        port: 9000
    ---
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata:
      name: web
      namespace: shop
    spec:
      rules:
      - backendRefs:
        - name: web
          port: 80
        - name: web
          port: 9000
    ---
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata:
      name: web
      namespace: shop
    spec:
      hosts: [web]
      http:
      - route:
        - destination:
            host: web
            port:
              number: 80
  `);

describe('setServicePort', () => {
  it('changes the port and the backendRefs and destinations that named the old number', () => {
    const text = textAfter(design(), { type: 'setServicePort', key: SVC, index: 0, port: 8080 });
    expect(text).toContain('  - name: http\n    port: 8080\n');
    expect(text).toContain(
      '    - name: web\n      port: 8080\n    - name: web\n      port: 9000\n',
    );
    expect(text).toContain('          number: 8080\n');
    expect(text).not.toMatch(/port: 80\n|number: 80\n/);
  });

  it('refuses a port out of range or missing', () => {
    const code = (index: number, port: number) =>
      apply(design(), { type: 'setServicePort', key: SVC, index, port }).diagnostics[0]?.code;
    expect(code(0, 70000)).toBe('edit-invalid');
    expect(code(3, 81)).toBe('edit-target-missing');
  });
});

describe('renaming a Service', () => {
  it('takes a selector that still follows its name along, and leaves an edited one alone', () => {
    const renamed = textAfter(design(), {
      type: 'renameResource',
      key: SVC,
      name: 'shop-web',
      updateReferences: true,
    });
    expect(renamed).toContain(
      '  name: shop-web\n  namespace: shop\nspec:\n  selector:\n    app: shop-web\n',
    );
    expect(renamed).toContain('    - name: shop-web\n      port: 80\n');

    const edited = apply(design(), {
      type: 'setField',
      key: SVC,
      path: ['spec', 'selector'],
      value: { app: 'web', tier: 'front' },
    }).design;
    const kept = textAfter(edited, { type: 'renameResource', key: SVC, name: 'shop-web' });
    expect(kept).toContain('    app: web\n    tier: front\n');
  });
});
