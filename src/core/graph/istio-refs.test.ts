import { describe, expect, it } from 'vitest';
import { assertWellFormed, edgeBetween, graphOf, links } from './test-support.ts';

const IS = 'networking.istio.io';
const VS = `${IS}/VirtualService/prod/vs`;

const services = `
apiVersion: v1
kind: Service
metadata: {name: reviews, namespace: prod}
---
apiVersion: v1
kind: Service
metadata: {name: ratings, namespace: shop}
`;

describe('VirtualService gateways', () => {
  const graph = graphOf(`
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: edge, namespace: istio-system}
spec:
  servers:
  - port: {number: 443, name: https, protocol: HTTPS}
    hosts: ["*"]
    tls: {mode: SIMPLE, credentialName: edge-cert}
  - port: {number: 80, protocol: HTTP}
    tls: {credentialNames: [a, b]}
---
apiVersion: networking.istio.io/v1alpha3
kind: VirtualService
metadata: {name: vs, namespace: prod}
spec:
  gateways: [istio-system/edge, local-gw, mesh]
  http:
  - name: api
    match: [{gateways: [mesh]}]
    route: [{destination: {host: reviews}}]
`);

  it('links to Istio Gateways and to the shared mesh node', () => {
    expect(links(graph, 'istio-gateway')).toEqual([
      `${VS} -> ${IS}/Gateway/istio-system/edge`,
      `${VS} -> missing:${IS}/Gateway/prod/local-gw`,
      `${VS} -> mesh`,
      `${VS}#http/0 -> mesh`,
    ]);
    expect(graph.nodeById.get('mesh')).toMatchObject({ type: 'mesh', name: 'mesh' });
    expect(graph.nodes.filter((n) => n.type === 'mesh')).toHaveLength(1);
    expect(
      edgeBetween(graph, VS, `${IS}/Gateway/istio-system/edge`, 'istio-gateway').crossNamespace,
    ).toBe(true);
    expect(graph.edges.find((e) => e.from === `${VS}#http/0`)?.source.path).toEqual([
      'spec',
      'http',
      0,
      'match',
      0,
      'gateways',
      0,
    ]);
    assertWellFormed(graph);
  });

  it('makes server parts and links their credentials to Secrets of the Gateway namespace', () => {
    const gw = `${IS}/Gateway/istio-system/edge`;
    expect(graph.nodeById.get(`${gw}#server/0`)).toMatchObject({
      type: 'server',
      label: 'https',
      parent: gw,
    });
    expect(graph.nodeById.get(`${gw}#server/1`)).toMatchObject({ label: 'HTTP 80' });
    expect(links(graph, 'certificate')).toEqual([
      `${gw}#server/0 -> missing:/Secret/istio-system/edge-cert`,
      `${gw}#server/1 -> missing:/Secret/istio-system/a`,
      `${gw}#server/1 -> missing:/Secret/istio-system/b`,
    ]);
  });

  it('labels and types VirtualService route parts', () => {
    expect(graph.nodeById.get(`${VS}#http/0`)).toMatchObject({
      type: 'http-route',
      label: 'api',
      path: ['spec', 'http', 0],
    });
  });
});

describe('VirtualService destinations', () => {
  const graph = graphOf(`${services}
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata: {name: vs, namespace: prod}
spec:
  hosts: [reviews]
  http:
  - route:
    - {destination: {host: reviews}, weight: 80}
    - {destination: {host: ratings.shop.svc.cluster.local}, weight: 20}
    mirror: {host: reviews.prod.svc.cluster.local}
    mirrors: [{destination: {host: ratings.shop}}]
  - route: [{destination: {host: api.example.com}}]
  tcp:
  - route: [{destination: {host: reviews}}]
  tls:
  - route: [{destination: {host: api.example.com, port: {number: 443}}}]
`);

  it('resolves hosts to Services and keeps written weights only', () => {
    const destinations = graph.edges
      .filter((e) => e.type === 'destination')
      .map((e) => [e.from, e.to, e.weight]);
    expect(destinations).toEqual([
      [`${VS}#http/0`, '/Service/prod/reviews', 80],
      [`${VS}#http/0`, '/Service/shop/ratings', 20],
      [`${VS}#http/1`, 'missing:/Service//api.example.com', undefined],
      [`${VS}#tcp/0`, '/Service/prod/reviews', undefined],
      [`${VS}#tls/0`, 'missing:/Service//api.example.com', undefined],
    ]);
    expect(graph.nodeById.get('missing:/Service//api.example.com')).toMatchObject({
      type: 'missing',
      kind: 'Service',
      name: 'api.example.com',
    });
  });

  it('flags only in-cluster destinations of another namespace as cross-namespace', () => {
    const crossing = graph.edges.filter((e) => e.crossNamespace).map((e) => e.to);
    expect(crossing).toEqual(['/Service/shop/ratings']);
  });

  it('links mirror and mirrors[] targets with their field paths', () => {
    expect(
      graph.edges.filter((e) => e.type === 'mirror').map((e) => [e.to, e.source.path]),
    ).toEqual([
      ['/Service/prod/reviews', ['spec', 'http', 0, 'mirror']],
      // Istio takes `name.ns` literally: no Service has that host.
      ['missing:/Service//ratings.shop', ['spec', 'http', 0, 'mirrors', 0, 'destination']],
    ]);
  });

  it('records the destination field as the edge source', () => {
    const edge = edgeBetween(graph, `${VS}#tcp/0`, '/Service/prod/reviews', 'destination');
    expect(edge.source).toEqual({
      resource: VS,
      path: ['spec', 'tcp', 0, 'route', 0, 'destination'],
    });
  });
});

describe('DestinationRule subsets', () => {
  const rule = (namespace: string, host: string) => `
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: reviews-dr, namespace: ${namespace}}
spec:
  host: ${host}
  subsets: [{name: v1, labels: {version: v1}}, {name: v2}]
`;
  const vs = `
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: vs, namespace: prod}
spec:
  http:
  - route:
    - {destination: {host: reviews, subset: v1}}
    - {destination: {host: reviews, subset: v3}}
`;

  it('links the DestinationRule to its host and the destination to its subset part', () => {
    const graph = graphOf(`${services}\n---${rule('prod', 'reviews')}\n---${vs}`);
    const dr = `${IS}/DestinationRule/prod/reviews-dr`;
    expect(links(graph, 'destination-rule-host')).toEqual([`${dr} -> /Service/prod/reviews`]);
    expect(graph.nodeById.get(`${dr}#subset/v1`)).toMatchObject({
      type: 'subset',
      parent: dr,
      path: ['spec', 'subsets', 0],
    });
    expect(links(graph, 'subset')).toEqual([
      `${VS}#http/0 -> ${dr}#subset/v1`,
      `${VS}#http/0 -> missing:${dr}#subset/v3`,
    ]);
    expect(graph.nodeById.get(`missing:${dr}#subset/v3`)).toMatchObject({
      parent: dr,
      label: 'v3',
    });
    assertWellFormed(graph);
  });

  it('matches a DestinationRule of another namespace whose host resolves to the same Service', () => {
    const graph = graphOf(
      `${services}\n---${rule('mesh-config', 'reviews.prod.svc.cluster.local')}\n---${vs}`,
    );
    const dr = `${IS}/DestinationRule/mesh-config/reviews-dr`;
    expect(links(graph, 'subset')[0]).toBe(`${VS}#http/0 -> ${dr}#subset/v1`);
    expect(edgeBetween(graph, `${VS}#http/0`, `${dr}#subset/v1`, 'subset').crossNamespace).toBe(
      true,
    );
  });

  it('resolves the DestinationRule host relative to its own namespace', () => {
    const graph = graphOf(`${services}\n---${rule('mesh-config', 'reviews')}\n---${vs}`);
    expect(links(graph, 'destination-rule-host')).toEqual([
      `${IS}/DestinationRule/mesh-config/reviews-dr -> missing:/Service/mesh-config/reviews`,
    ]);
    expect(links(graph, 'subset')).toEqual([
      `${VS}#http/0 -> missing:/Service/prod/reviews#subset/v1`,
      `${VS}#http/0 -> missing:/Service/prod/reviews#subset/v3`,
    ]);
    const missingSubset = graph.nodeById.get('missing:/Service/prod/reviews#subset/v1');
    expect(missingSubset).toMatchObject({ type: 'missing', kind: 'DestinationRule', label: 'v1' });
    expect(missingSubset?.parent).toBeUndefined();
  });

  it('gives a wildcard DestinationRule host no edge', () => {
    const graph = graphOf(rule('prod', '"*.prod.svc.cluster.local"'));
    expect(links(graph, 'destination-rule-host')).toEqual([]);
    expect(graph.nodes.filter((n) => n.type === 'subset')).toHaveLength(2);
  });
});

describe('ServiceEntry hosts', () => {
  const SE = `${IS}/ServiceEntry/prod/payments`;
  const graph = graphOf(`
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: payments, namespace: prod}
spec:
  hosts: [pay.example.com, "*.partners.example.com"]
  ports: [{number: 443, name: https, protocol: TLS}]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: private, namespace: shop}
spec:
  hosts: [ledger.example.com]
  exportTo: ["."]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: vs, namespace: prod}
spec:
  hosts: [pay.example.com]
  tls:
  - route: [{destination: {host: pay.example.com}}]
  - route: [{destination: {host: eu.partners.example.com}}]
  - route: [{destination: {host: ledger.example.com}}]
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: pay, namespace: prod}
spec: {host: pay.example.com}
`);

  it('draws destinations and DestinationRule hosts to the ServiceEntry that declares them', () => {
    expect(links(graph, 'destination')).toEqual([
      `${VS}#tls/0 -> ${SE}`,
      `${VS}#tls/1 -> ${SE}`,
      // Exported to its own namespace only: prod cannot see it.
      `${VS}#tls/2 -> missing:/Service//ledger.example.com`,
    ]);
    expect(links(graph, 'destination-rule-host')).toEqual([
      `${IS}/DestinationRule/prod/pay -> ${SE}`,
    ]);
    assertWellFormed(graph);
  });
});
