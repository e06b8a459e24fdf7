import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/dedent.ts';
import { apply, designOf, textAfter } from './test-support.ts';

const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/default/web';
const VS = 'networking.istio.io/VirtualService/default/reviews';

// The same route in kubectl style (sequences flush with their key) and indented style.
const flush = dedent`
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: web
  spec:
    parentRefs:
    - name: gw # the shared gateway
    rules:
    # API traffic
    - matches:
      - path:
          type: PathPrefix
          value: /api
      backendRefs:
      - name: api
        port: 8080
    - backendRefs:
      - name: web
        port: 80
`;
const indented = dedent`
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: web
  spec:
    parentRefs:
      - name: gw # the shared gateway
    rules:
      # API traffic
      - matches:
          - path:
              type: PathPrefix
              value: /api
        backendRefs:
          - name: api
            port: 8080
      - backendRefs:
          - name: web
            port: 80
`;

describe('rules', () => {
  it('adds a default rule at the end, in each style', () => {
    expect(textAfter(designOf(flush), { type: 'addRule', key: ROUTE })).toBe(
      flush + '  - matches:\n    - path:\n        type: PathPrefix\n        value: /\n',
    );
    expect(textAfter(designOf(indented), { type: 'addRule', key: ROUTE })).toBe(
      indented +
        '    - matches:\n        - path:\n            type: PathPrefix\n            value: /\n',
    );
  });

  it('inserts a rule before another, above that rule’s comment', () => {
    const rule = { backendRefs: [{ name: 'new', port: 1 }] };
    expect(textAfter(designOf(flush), { type: 'addRule', key: ROUTE, rule, index: 0 })).toBe(
      flush.replace(
        '  # API traffic\n',
        '  - backendRefs:\n    - name: new\n      port: 1\n  # API traffic\n',
      ),
    );
  });

  it('removes a rule with its comment, and only its lines', () => {
    expect(textAfter(designOf(indented), { type: 'removeRule', key: ROUTE, rule: 0 })).toBe(
      indented.replace(/ {4}# API traffic\n[\s\S]*?(?= {4}- backendRefs)/, ''),
    );
  });

  it('reports a rule that does not exist', () => {
    const result = apply(designOf(flush), { type: 'removeRule', key: ROUTE, rule: 5 });
    expect(result.edits).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['edit-target-missing']);
  });
});

describe('matches and filters', () => {
  it('adds a match to a rule with matches and creates the list on a rule without', () => {
    const match = { headers: [{ name: 'x-env', value: 'canary' }] };
    expect(textAfter(designOf(flush), { type: 'addMatch', key: ROUTE, rule: 0, match })).toBe(
      flush.replace(
        'value: /api\n',
        'value: /api\n    - headers:\n      - name: x-env\n        value: canary\n',
      ),
    );
    expect(
      textAfter(designOf(indented), {
        type: 'addMatch',
        key: ROUTE,
        rule: 1,
        match: { path: { value: '/x' } },
      }),
    ).toBe(indented + '      matches:\n        - path:\n            value: /x\n');
  });

  it('removes a match; the last one takes its field with it', () => {
    expect(textAfter(designOf(flush), { type: 'removeMatch', key: ROUTE, rule: 0, match: 0 })).toBe(
      flush.replace(
        '- matches:\n    - path:\n        type: PathPrefix\n        value: /api\n    backendRefs:',
        '- backendRefs:',
      ),
    );
  });

  it('adds and removes filters', () => {
    const filter = {
      type: 'RequestHeaderModifier',
      requestHeaderModifier: { add: [{ name: 'a', value: 'b' }] },
    };
    const added = textAfter(designOf(flush), { type: 'addFilter', key: ROUTE, rule: 1, filter });
    expect(added).toBe(
      flush +
        '    filters:\n    - type: RequestHeaderModifier\n      requestHeaderModifier:\n        add:\n        - name: a\n          value: b\n',
    );
    expect(
      textAfter(designOf(added), { type: 'removeFilter', key: ROUTE, rule: 1, filter: 0 }),
    ).toBe(flush);
  });
});

describe('backends', () => {
  it('adds, weighs and removes a backend', () => {
    const design = designOf(indented);
    const added = textAfter(design, {
      type: 'addBackend',
      key: ROUTE,
      rule: 1,
      backend: { name: 'web-v2', port: 80, weight: 10 },
    });
    expect(added).toBe(
      indented + '        - name: web-v2\n          port: 80\n          weight: 10\n',
    );
    expect(
      textAfter(design, { type: 'setBackendWeight', key: ROUTE, rule: 1, backend: 0, weight: 90 }),
    ).toBe(indented + '          weight: 90\n');
    expect(
      textAfter(designOf(added), { type: 'removeBackend', key: ROUTE, rule: 1, backend: 1 }),
    ).toBe(indented);
  });

  it('removing the only backend of a rule leaves an empty rule, not a broken one', () => {
    expect(
      textAfter(designOf(flush), { type: 'removeBackend', key: ROUTE, rule: 1, backend: 0 }),
    ).toBe(flush.replace('- backendRefs:\n    - name: web\n      port: 80\n', '- {}\n'));
  });

  it('a second backend makes the split visible (50/50); one next to weighted backends gets 0', () => {
    const second = textAfter(designOf(indented), {
      type: 'addBackend',
      key: ROUTE,
      rule: 1,
      backend: { name: 'web-v2', port: 80 },
    });
    expect(second).toBe(
      indented +
        '          weight: 50\n        - name: web-v2\n          port: 80\n          weight: 50\n',
    );
    const third = textAfter(designOf(second), {
      type: 'addBackend',
      key: ROUTE,
      rule: 1,
      backend: { name: 'web-v3', port: 80 },
    });
    expect(third).toBe(
      second + '        - name: web-v3\n          port: 80\n          weight: 0\n',
    );
  });

  it('a balanced weight keeps a two-way split at 100, and only such a split', () => {
    const split = textAfter(designOf(indented), {
      type: 'addBackend',
      key: ROUTE,
      rule: 1,
      backend: { name: 'web-v2', port: 80 },
    });
    const set = (design: string, backend: number, weight: number) =>
      textAfter(designOf(design), {
        type: 'setBackendWeight',
        key: ROUTE,
        rule: 1,
        backend,
        weight,
        balance: true,
      });
    const canary = set(split, 0, 90);
    expect(canary).toContain('- name: web\n          port: 80\n          weight: 90\n');
    expect(canary).toContain('- name: web-v2\n          port: 80\n          weight: 10\n');
    expect(set(canary, 1, 25)).toContain(
      'weight: 75\n        - name: web-v2\n          port: 80\n          weight: 25\n',
    );
    // 150 does not fit a split of 100: only the backend set changes.
    expect(set(canary, 1, 150)).toContain(
      'weight: 90\n        - name: web-v2\n          port: 80\n          weight: 150\n',
    );
  });

  it('rejects a negative weight', () => {
    const result = apply(designOf(flush), {
      type: 'setBackendWeight',
      key: ROUTE,
      rule: 0,
      backend: 0,
      weight: -1,
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['edit-invalid']);
  });
});

describe('parents and hostnames', () => {
  it('attaches and detaches a parent', () => {
    const parent = { name: 'internal', namespace: 'infra', sectionName: 'https' };
    const attached = textAfter(designOf(flush), { type: 'attachParent', key: ROUTE, parent });
    expect(attached).toBe(
      flush.replace(
        '# the shared gateway\n',
        '# the shared gateway\n  - name: internal\n    namespace: infra\n    sectionName: https\n',
      ),
    );
    expect(textAfter(designOf(attached), { type: 'detachParent', key: ROUTE, parent: 1 })).toBe(
      flush,
    );
    const again = apply(designOf(flush), {
      type: 'attachParent',
      key: ROUTE,
      parent: { name: 'gw' },
    });
    expect(again.diagnostics.map((d) => d.code)).toEqual(['edit-invalid']);
  });

  it('sets hostnames item by item (between parentRefs and rules) and removes the field for an empty list', () => {
    const hostsAt = (lines: string) =>
      flush.replace('  rules:\n', `  hostnames:\n${lines}  rules:\n`);
    const withHosts = textAfter(designOf(flush), {
      type: 'setHostnames',
      key: ROUTE,
      hostnames: ['a.example.com'],
    });
    expect(withHosts).toBe(hostsAt('  - a.example.com\n'));
    const changed = textAfter(designOf(withHosts), {
      type: 'setHostnames',
      key: ROUTE,
      hostnames: ['b.example.com', 'c.example.com'],
    });
    expect(changed).toBe(hostsAt('  - b.example.com\n  - c.example.com\n'));
    expect(textAfter(designOf(changed), { type: 'setHostnames', key: ROUTE, hostnames: [] })).toBe(
      flush,
    );
  });
});

it('setList keeps the items that stay as written, quotes and comments included', () => {
  const text = dedent`
    apiVersion: networking.istio.io/v1
    kind: Gateway
    metadata:
      name: gw
    spec:
      servers:
      - hosts:
        - "a.example.com" # the main site
        - "*.example.com"
  `;
  const KEY = 'networking.istio.io/Gateway/default/gw';
  const path = ['spec', 'servers', 0, 'hosts'];
  expect(
    textAfter(designOf(text), { type: 'setList', key: KEY, path, values: ['a.example.com'] }),
  ).toBe(text.replace('    - "*.example.com"\n', ''));
  expect(
    textAfter(designOf(text), {
      type: 'setList',
      key: KEY,
      path,
      values: ['a.example.com', '*.example.com', 'b.example.com'],
    }),
  ).toBe(text + '    - b.example.com\n');
});

describe('Istio VirtualService', () => {
  const vs = dedent`
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata:
      name: reviews
    spec:
      hosts: [reviews]
      gateways:
        - mesh
      http:
        - route:
            - destination:
                host: reviews
                subset: v1
  `;

  it('maps rules, backends, parents and hostnames to http routes, destinations, gateways and hosts', () => {
    const design = designOf(vs);
    expect(
      textAfter(design, {
        type: 'addBackend',
        key: VS,
        rule: 0,
        backend: { name: 'reviews-v2', namespace: 'b', port: 9080, weight: 10 },
      }),
    ).toBe(
      vs +
        '        - destination:\n            host: reviews-v2.b.svc.cluster.local\n            port:\n              number: 9080\n          weight: 10\n',
    );
    expect(
      textAfter(design, {
        type: 'attachParent',
        key: VS,
        parent: { name: 'ingress', namespace: 'istio-system' },
      }),
    ).toBe(vs.replace('- mesh\n', '- mesh\n    - istio-system/ingress\n'));
    expect(
      textAfter(design, {
        type: 'setHostnames',
        key: VS,
        hostnames: ['reviews', 'reviews.example.com'],
      }),
    ).toBe(vs.replace('[reviews]', '[reviews, reviews.example.com]'));
    expect(
      textAfter(design, { type: 'setBackendWeight', key: VS, rule: 0, backend: 0, weight: 100 }),
    ).toBe(vs + '          weight: 100\n');
  });

  it('reports commands the kind does not support', () => {
    const result = apply(designOf(vs), {
      type: 'addFilter',
      key: VS,
      rule: 0,
      filter: { type: 'x' },
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['edit-unsupported']);
    const service = designOf('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n');
    const onService = apply(service, { type: 'addRule', key: '/Service/default/s' });
    expect(onService.diagnostics.map((d) => d.code)).toEqual(['edit-unsupported']);
  });
});
