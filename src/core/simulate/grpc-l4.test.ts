import { describe, expect, it } from 'vitest';
import { backendsOf, gatewayWith, simulateIn, whyOf, winnerOf } from './test-support.ts';

const LISTENERS = `  - name: http
    protocol: HTTP
    port: 80
    allowedRoutes: {namespaces: {from: All}}
  - name: tls
    protocol: TLS
    port: 443
    hostname: "*.example.com"
    tls: {mode: Passthrough}
    allowedRoutes: {namespaces: {from: All}}
  - name: tcp
    protocol: TCP
    port: 5432
    allowedRoutes: {namespaces: {from: All}}
  - name: udp
    protocol: UDP
    port: 53
    allowedRoutes: {namespaces: {from: All}}
`;

const route = (kind: string, name: string, spec: string) => `---
apiVersion: gateway.networking.k8s.io/${kind === 'GRPCRoute' ? 'v1' : 'v1alpha2'}
kind: ${kind}
metadata: {name: ${name}, namespace: shop}
spec:
  parentRefs: [{name: gw, namespace: infra}]
${spec}`;

const design =
  gatewayWith(LISTENERS, ['shop/a', 'shop/b', 'shop/c', 'shop/db', 'shop/dns', 'shop/web']) +
  route(
    'GRPCRoute',
    'store',
    `  hostnames: [grpc.example.com]
  rules:
  - matches: [{method: {service: store.v1.Store}}]
    backendRefs: [{name: a, port: 80}]
  - matches: [{method: {service: store.v1.Store, method: Get}}]
    backendRefs: [{name: b, port: 80}]
  - matches: [{method: {type: RegularExpression, service: "store\\\\.v[0-9]+\\\\.Admin"}}]
    backendRefs: [{name: c, port: 80}]
`,
  ) +
  route(
    'HTTPRoute',
    'site',
    '  hostnames: [grpc.example.com]\n  rules:\n  - backendRefs: [{name: web, port: 80}]\n',
  ) +
  route(
    'TLSRoute',
    'exact',
    '  hostnames: [db.example.com]\n  rules:\n  - backendRefs: [{name: a, port: 80}]\n',
  ) +
  route(
    'TLSRoute',
    'wild',
    '  hostnames: ["*.example.com"]\n  rules:\n  - backendRefs: [{name: b, port: 80}]\n',
  ) +
  route(
    'TCPRoute',
    'pg',
    '  rules:\n  - backendRefs: [{name: db, port: 80, weight: 1}, {name: c, port: 80, weight: 3}]\n',
  ) +
  route('UDPRoute', 'dns', '  rules:\n  - backendRefs: [{name: dns, port: 80}]\n');

describe('GRPCRoute', () => {
  it('matches service and method, the longer method name winning', () => {
    const get = simulateIn(design, 'infra/gw', 'POST grpc://grpc.example.com/store.v1.Store/Get');
    expect(winnerOf(get)).toBe('GRPCRoute shop/store 1.0');
    expect(get.runnerUp?.decidedBy).toBe('grpc-method');
    expect(
      winnerOf(simulateIn(design, 'infra/gw', 'POST grpc://grpc.example.com/store.v1.Store/List')),
    ).toBe('GRPCRoute shop/store 0.0');
    expect(
      winnerOf(simulateIn(design, 'infra/gw', 'POST grpc://grpc.example.com/store.v2.Admin/Drop')),
    ).toBe('GRPCRoute shop/store 2.0');
  });

  it('does not merge with HTTPRoutes: plain HTTP requests to the host use the HTTPRoute', () => {
    expect(winnerOf(simulateIn(design, 'infra/gw', 'GET http://grpc.example.com/'))).toBe(
      'HTTPRoute shop/site 0.-1',
    );
    expect(
      simulateIn(design, 'infra/gw', 'POST grpc://grpc.example.com/other.Svc/X'),
    ).toMatchObject({ outcome: 'no-route' });
  });
});

describe('TLSRoute, TCPRoute and UDPRoute', () => {
  it('routes TLS by SNI, the exact hostname over the wildcard', () => {
    expect(winnerOf(simulateIn(design, 'infra/gw', '- tls://db.example.com:443'))).toBe(
      'TLSRoute shop/exact 0.-1',
    );
    const wild = simulateIn(design, 'infra/gw', '- tls://cache.eu.example.com:443');
    expect(winnerOf(wild)).toBe('TLSRoute shop/wild 0.-1');
    expect(wild.listener?.name).toBe('tls');
    expect(simulateIn(design, 'infra/gw', '- tls://other.org:443')).toMatchObject({
      reason: 'tls-handshake-failed',
    });
  });

  it('routes TCP and UDP by the listener port, with weights', () => {
    const tcp = simulateIn(design, 'infra/gw', '- tcp://anything:5432');
    expect(backendsOf(tcp)).toEqual(['shop/db 25', 'shop/c 75']);
    expect(tcp.statusCode).toBeUndefined();
    expect(backendsOf(simulateIn(design, 'infra/gw', '- udp://anything:53'))).toEqual([
      'shop/dns 100',
    ]);
    expect(whyOf(simulateIn(design, 'infra/gw', '- tcp://anything:5433'))).toMatch(
      /connection is refused/,
    );
  });
});

describe('GAMMA (routes attached to a Service)', () => {
  const mesh = `apiVersion: v1
kind: Service
metadata: {name: reviews, namespace: shop}
spec:
  ports: [{port: 80, name: http}]
---
apiVersion: v1
kind: Service
metadata: {name: reviews-v2, namespace: shop}
spec:
  ports: [{port: 80}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: reviews, namespace: shop}
spec:
  parentRefs: [{group: "", kind: Service, name: reviews, port: 80}]
  hostnames: [ignored.example.com]
  rules:
  - matches: [{headers: [{name: x-test, value: "1"}]}]
    backendRefs: [{name: reviews-v2, port: 80}]
`;

  it('routes the Service’s requests by its routes, ignoring hostnames, and answers 404 when none matches', () => {
    const answer = simulateIn(mesh, 'service:shop/reviews', 'GET http://reviews.shop/', [
      'x-test: 1',
    ]);
    expect(backendsOf(answer)).toEqual(['shop/reviews-v2 100']);
    expect(answer.listener).toMatchObject({ name: 'http', port: 80 });
    expect(simulateIn(mesh, 'service:shop/reviews', 'GET http://reviews.shop/')).toMatchObject({
      outcome: 'no-route',
      statusCode: 404,
    });
  });

  it('sends requests to the Service itself when no route is attached, and refuses unknown ports', () => {
    expect(
      backendsOf(simulateIn(mesh, 'service:shop/reviews-v2', 'GET http://reviews-v2.shop/')),
    ).toEqual(['shop/reviews-v2 100']);
    expect(simulateIn(mesh, 'service:shop/reviews', 'GET http://reviews.shop:9090/')).toMatchObject(
      { reason: 'connection-refused' },
    );
  });
});
