import { describe, expect, it } from 'vitest';
import { gatewayWith, simulateIn, whyOf, winnerOf } from './test-support.ts';

const LISTENERS = `  - name: http
    protocol: HTTP
    port: 80
    allowedRoutes: {namespaces: {from: All}}
  - name: wild
    protocol: HTTPS
    port: 443
    hostname: "*.example.com"
    tls: {certificateRefs: [{name: cert}]}
    allowedRoutes: {namespaces: {from: All}}
  - name: shop
    protocol: HTTPS
    port: 443
    hostname: shop.example.com
    tls: {certificateRefs: [{name: cert}]}
    allowedRoutes: {namespaces: {from: All}}
  - name: plain
    protocol: HTTP
    port: 8080
    hostname: admin.example.com
    allowedRoutes: {namespaces: {from: All}}
`;

const ROUTE = `---
apiVersion: v1
kind: Secret
metadata: {name: cert, namespace: infra}
type: kubernetes.io/tls
data: {tls.crt: "", tls.key: ""}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: shop}
spec:
  parentRefs: [{name: gw, namespace: infra}]
  rules:
  - backendRefs: [{name: web, port: 80}]
`;

const design = gatewayWith(LISTENERS, ['shop/web']) + ROUTE;

describe('Gateway API listener selection', () => {
  it('refuses the connection when nothing listens on the port', () => {
    const answer = simulateIn(design, 'infra/gw', 'GET http://shop.example.com:9000/');
    expect(answer).toMatchObject({ outcome: 'error', reason: 'connection-refused' });
    expect(whyOf(answer)).toMatch(/Nothing listens on port 9000/);
    expect(answer.statusCode).toBeUndefined();
  });

  it('takes the listener with the most specific hostname, saying why the others did not', () => {
    const answer = simulateIn(design, 'infra/gw', 'GET https://shop.example.com/');
    expect(answer.listener).toMatchObject({ name: 'shop', port: 443, protocol: 'HTTPS' });
    expect(whyOf(answer)).toMatch(
      /Not listener wild .* listener shop .* has a more specific hostname/,
    );
    expect(whyOf(answer)).toMatch(/Not listener http .* port 80, not 443/);
    expect(simulateIn(design, 'infra/gw', 'GET https://cart.example.com/').listener?.name).toBe(
      'wild',
    );
  });

  it('fails the TLS handshake for an SNI no listener serves, and a plain request on a TLS port', () => {
    expect(simulateIn(design, 'infra/gw', 'GET https://other.org/')).toMatchObject({
      reason: 'tls-handshake-failed',
    });
    expect(simulateIn(design, 'infra/gw', 'GET http://shop.example.com:443/')).toMatchObject({
      reason: 'tls-handshake-failed',
    });
  });

  it('answers 404 for a host no HTTP listener on the port serves', () => {
    expect(simulateIn(design, 'infra/gw', 'GET http://shop.example.com:8080/')).toMatchObject({
      outcome: 'no-route',
      statusCode: 404,
      reason: 'no-listener-for-host',
    });
    expect(
      simulateIn(design, 'infra/gw', 'GET http://admin.example.com:8080/').listener?.name,
    ).toBe('plain');
  });

  it('honours a named listener', () => {
    const answer = simulateIn(design, 'infra/gw#wild', 'GET https://shop.example.com/');
    expect(answer.listener?.name).toBe('wild');
    expect(simulateIn(design, 'infra/gw#nope', 'GET http://h/')).toMatchObject({
      reason: 'unknown-entry',
    });
  });

  it('ignores the port in the Host header when matching hostnames', () => {
    expect(winnerOf(simulateIn(design, 'infra/gw', 'GET http://admin.example.com:8080/x'))).toBe(
      'HTTPRoute shop/web 0.-1',
    );
  });

  it('skips listeners that are not programmed', () => {
    const broken = design.replace(
      'tls: {certificateRefs: [{name: cert}]}\n    allowedRoutes: {namespaces: {from: All}}\n  - name: plain',
      'tls: {certificateRefs: [{name: missing-cert}]}\n    allowedRoutes: {namespaces: {from: All}}\n  - name: plain',
    );
    const answer = simulateIn(broken, 'infra/gw', 'GET https://shop.example.com/');
    expect(answer.listener?.name).toBe('wild');
    expect(whyOf(answer)).toMatch(/Not listener shop .* not programmed/);
  });

  it('routes to the highlighted path: gateway, listener, route, rule, backend', () => {
    const answer = simulateIn(design, 'infra/gw', 'GET http://shop.example.com/');
    expect(answer.highlight.nodes).toEqual(
      expect.arrayContaining([
        'gateway.networking.k8s.io/Gateway/infra/gw#listener/http',
        'gateway.networking.k8s.io/HTTPRoute/shop/web#rule/0',
        '/Service/shop/web',
      ]),
    );
    expect(answer.highlight.edges).toContain(
      'gateway.networking.k8s.io/HTTPRoute/shop/web#rule/0->/Service/shop/web:backend@spec.rules.0.backendRefs.0',
    );
  });
});
