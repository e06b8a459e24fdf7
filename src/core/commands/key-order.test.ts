import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findFile } from '../design/design.ts';
import { dedent } from '../testing/dedent.ts';
import { inUsualOrder, keyPlacement } from './key-order.ts';
import { apply, designOf, textAfter } from './test-support.ts';

const GW = 'gateway.networking.k8s.io';
const ISTIO = 'networking.istio.io';

/** Every mapping's keys, depth first, as `path: k1,k2`. */
function keyOrders(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keyOrders(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return [
    `${path || '.'}: ${Object.keys(value).join(',')}`,
    ...Object.entries(value).flatMap(([k, v]) => keyOrders(v, `${path}.${k}`)),
  ];
}

describe('keyPlacement', () => {
  it('goes after the closest earlier key, else before the first later one, else last', () => {
    expect(keyPlacement(GW, 'HTTPRoute', ['spec'], 'hostnames', ['parentRefs', 'rules'])).toBe(
      'parentRefs',
    );
    expect(keyPlacement(GW, 'HTTPRoute', ['spec'], 'hostnames', ['rules'])).toEqual({
      before: 'rules',
    });
    expect(keyPlacement(GW, 'HTTPRoute', ['spec'], 'parentRefs', ['hostnames', 'rules'])).toEqual({
      before: 'hostnames',
    });
    expect(keyPlacement(GW, 'HTTPRoute', ['spec'], 'rules', [])).toBeUndefined();
    expect(keyPlacement(GW, 'HTTPRoute', ['spec'], 'somethingNew', ['rules'])).toBeUndefined();
    expect(keyPlacement(ISTIO, 'VirtualService', ['spec'], 'gateways', ['http', 'hosts'])).toBe(
      'hosts',
    );
  });

  it('sorts a new object, unknown keys last in the order written', () => {
    const sorted = inUsualOrder(GW, 'HTTPRoute', {
      spec: { rules: [], extra: 1, hostnames: ['a'], parentRefs: [{ port: 80, name: 'gw' }] },
      metadata: { labels: {}, name: 'r' },
      kind: 'HTTPRoute',
      apiVersion: `${GW}/v1`,
    });
    expect(keyOrders(sorted)).toEqual([
      '.: apiVersion,kind,metadata,spec',
      '.metadata: name,labels',
      '.metadata.labels: ',
      '.spec: parentRefs,hostnames,rules,extra',
      '.spec.parentRefs[0]: name,port',
    ]);
  });
});

describe('keys added to written objects go where people write them', () => {
  const route = dedent`
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata:
      name: web
    spec:
      rules:
      # everything
      - backendRefs:
        - name: web
  `;
  const ROUTE = `${GW}/HTTPRoute/default/web`;

  it('parentRefs and hostnames go before rules, above the comments that lead them', () => {
    const attached = textAfter(designOf(route), {
      type: 'attachParent',
      key: ROUTE,
      parent: { name: 'gw' },
    });
    const both = textAfter(designOf(attached), {
      type: 'setHostnames',
      key: ROUTE,
      hostnames: ['a.example.com'],
    });
    expect(both).toBe(
      route.replace(
        'spec:\n',
        'spec:\n  parentRefs:\n  - name: gw\n  hostnames:\n  - a.example.com\n',
      ),
    );
  });

  it('a VirtualService gets gateways between hosts and http; a DestinationRule a policy before its subsets', () => {
    const istio = dedent`
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata:
        name: vs
      spec:
        hosts:
        - web
        http:
        - route:
          - destination:
              host: web
      ---
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata:
        name: dr
      spec:
        host: web
        subsets:
        - name: v1
    `;
    const design = designOf(istio);
    const vs = apply(design, {
      type: 'attachParent',
      key: `${ISTIO}/VirtualService/default/vs`,
      parent: { name: 'ingress' },
    });
    const policy = apply(vs.design, {
      type: 'setField',
      key: `${ISTIO}/DestinationRule/default/dr`,
      path: ['spec', 'trafficPolicy', 'loadBalancer', 'simple'],
      value: 'ROUND_ROBIN',
    });
    const text = findFile(policy.design, 'a.yaml')!.text;
    expect(text).toContain('  - web\n  gateways:\n  - ingress\n  http:\n');
    expect(text).toContain(
      '  host: web\n  trafficPolicy:\n    loadBalancer:\n      simple: ROUND_ROBIN\n  subsets:\n',
    );
  });
});

describe('new objects are written in the usual key order', () => {
  const kinds: [string, string][] = [
    [`${GW}/v1`, 'GatewayClass'],
    [`${GW}/v1`, 'Gateway'],
    [`${GW}/v1`, 'ListenerSet'],
    [`${GW}/v1`, 'HTTPRoute'],
    [`${GW}/v1`, 'GRPCRoute'],
    [`${GW}/v1alpha2`, 'TLSRoute'],
    [`${GW}/v1alpha2`, 'TCPRoute'],
    [`${GW}/v1alpha2`, 'UDPRoute'],
    [`${GW}/v1beta1`, 'ReferenceGrant'],
    [`${GW}/v1alpha2`, 'BackendTLSPolicy'],
    [`${ISTIO}/v1`, 'Gateway'],
    [`${ISTIO}/v1`, 'VirtualService'],
    [`${ISTIO}/v1`, 'DestinationRule'],
    ['v1', 'Service'],
    ['v1', 'Secret'],
    ['v1', 'Namespace'],
  ];

  it.each(kinds)('%s %s', (apiVersion, kind) => {
    const result = apply(designOf(''), {
      type: 'addResource',
      file: 'a.yaml',
      apiVersion,
      kind,
      namespace: kind === 'Namespace' || kind === 'GatewayClass' ? undefined : 'shop',
    });
    const text = findFile(result.design, 'a.yaml')!.text;
    const value = parse(text) as Record<string, unknown>;
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
    expect(keyOrders(value)).toEqual(keyOrders(inUsualOrder(group, kind, value as never)));
    expect(Object.keys(value).slice(0, 3)).toEqual(['apiVersion', 'kind', 'metadata']);
  });
});

it('a body given in any order is written in the usual one', () => {
  const text = textAfter(designOf(''), {
    type: 'addResource',
    file: 'a.yaml',
    apiVersion: `${GW}/v1`,
    kind: 'HTTPRoute',
    name: 'web',
    body: {
      spec: { rules: [{ backendRefs: [{ port: 80, name: 'web' }] }], parentRefs: [{ name: 'gw' }] },
    },
  });
  expect(text).toBe(dedent`
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata:
      name: web
    spec:
      parentRefs:
      - name: gw
      rules:
      - backendRefs:
        - name: web
          port: 80
  `);
});
