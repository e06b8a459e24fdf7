import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/dedent.ts';
import { apply, designOf, textAfter } from './test-support.ts';

const VS = 'networking.istio.io/VirtualService/shop/reviews';
const DR = 'networking.istio.io/DestinationRule/shop/reviews';

const istio = dedent`
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata:
    name: reviews
    namespace: shop
  spec:
    hosts:
    - reviews
    http:
    - route:
      - destination:
          host: reviews
          port:
            number: 9080
    - route:
      - destination:
          host: reviews.shop.svc.cluster.local
          subset: v1
        weight: 100
      mirror:
        host: reviews
        subset: v1
  ---
  apiVersion: networking.istio.io/v1
  kind: DestinationRule
  metadata:
    name: reviews
    namespace: shop
  spec:
    host: reviews
    subsets:
    - name: v1
      labels:
        version: v1
`;

describe('addSubset', () => {
  it('adds a subset with a name of its own', () => {
    const subset = { name: 'v2', labels: { version: 'v2' } };
    const text = textAfter(designOf(istio), { type: 'addSubset', key: DR, subset });
    expect(text).toContain('  - name: v2\n    labels:\n      version: v2\n');
    const again = apply(designOf(text), { type: 'addSubset', key: DR, subset });
    expect(again.diagnostics.map((d) => d.code)).toEqual(['edit-invalid']);
  });
});

describe('renameSubset', () => {
  it('renames the subset and the destinations and mirrors that route to it', () => {
    const text = textAfter(designOf(istio), {
      type: 'renameSubset',
      key: DR,
      name: 'v1',
      to: 'stable',
    });
    expect(text).not.toContain('subset: v1');
    expect(text.match(/subset: stable/g)).toHaveLength(2);
    expect(text).toContain('  - name: stable\n    labels:\n      version: v1\n');
  });

  it('refuses a name that is taken or a subset that is not there', () => {
    const withV2 = textAfter(designOf(istio), {
      type: 'addSubset',
      key: DR,
      subset: { name: 'v2' },
    });
    const code = (name: string, to: string) =>
      apply(designOf(withV2), { type: 'renameSubset', key: DR, name, to }).diagnostics[0]?.code;
    expect(code('v1', 'v2')).toBe('edit-invalid');
    expect(code('v3', 'v4')).toBe('edit-target-missing');
  });
});

describe('routeToSubset', () => {
  it('gives the destination of the host its subset', () => {
    const text = textAfter(designOf(istio), {
      type: 'routeToSubset',
      key: VS,
      rule: 0,
      host: 'reviews',
      subset: 'v1',
    });
    expect(text).toContain(
      '      host: reviews\n        subset: v1\n        port:\n          number: 9080\n',
    );
  });

  it('adds a destination for another subset of the host, on its port, splitting 50/50', () => {
    const once = textAfter(designOf(istio), {
      type: 'routeToSubset',
      key: VS,
      rule: 0,
      host: 'reviews',
      subset: 'v1',
    });
    const twice = textAfter(designOf(once), {
      type: 'routeToSubset',
      key: VS,
      rule: 0,
      host: 'reviews',
      subset: 'v2',
    });
    expect(twice).toContain(dedent`
      - route:
          - destination:
              host: reviews
              subset: v1
              port:
                number: 9080
            weight: 50
          - destination:
              host: reviews
              subset: v2
              port:
                number: 9080
            weight: 50
    `);
    const again = apply(designOf(twice), {
      type: 'routeToSubset',
      key: VS,
      rule: 0,
      host: 'reviews',
      subset: 'v2',
    });
    expect(again.diagnostics[0]?.message).toMatch(/already routes to reviews v2/);
  });

  it('matches hosts by the Service they name, and refuses a route that is not there', () => {
    const text = textAfter(designOf(istio), {
      type: 'routeToSubset',
      key: VS,
      rule: 1,
      host: 'reviews',
      subset: 'v2',
    });
    expect(text).toContain(
      '        subset: v1\n      weight: 50\n    - destination:\n        host: reviews\n        subset: v2\n      weight: 50\n',
    );
    const missing = apply(designOf(istio), {
      type: 'routeToSubset',
      key: VS,
      rule: 5,
      host: 'reviews',
      subset: 'v1',
    });
    expect(missing.diagnostics[0]?.code).toBe('edit-target-missing');
  });
});
