import { describe, expect, it } from 'vitest';
import { diagnose, issues, yaml } from './test-helpers.ts';

describe('Istio', () => {
  it('accepts a gateway, virtual service and destination rule people write', () => {
    const text = yaml`
      apiVersion: networking.istio.io/v1
      kind: Gateway
      metadata: {name: gw}
      spec:
        selector: {istio: ingressgateway}
        servers:
        - port: {number: 443, name: https, protocol: HTTPS}
          hosts: ["*/shop.example.com"]
          tls: {mode: SIMPLE, credentialName: shop-cert}
      ---
      apiVersion: networking.istio.io/v1beta1
      kind: VirtualService
      metadata: {name: shop}
      spec:
        hosts: [shop.example.com]
        gateways: [gw, mesh]
        http:
        - match: [{uri: {prefix: /api}, headers: {x-canary: {exact: "1"}}}]
          rewrite: {uri: /}
          route:
          - {destination: {host: api, subset: v2, port: {number: 80}}, weight: 10}
          - {destination: {host: api, subset: v1}, weight: 90}
          timeout: 5s
          retries: {attempts: 3, perTryTimeout: 1.5s, retryOn: "5xx,connect-failure"}
          fault: {delay: {fixedDelay: 100ms, percentage: {value: 5}}}
          mirror: {host: shadow}
          mirrorPercentage: {value: 10}
          corsPolicy: {allowOrigins: [{exact: "https://a.example.com"}], maxAge: 24h}
          headers: {request: {set: {x-env: prod}}}
        - redirect: {uri: /new, redirectCode: 301}
        tcp:
        - match: [{port: 5432}]
          route: [{destination: {host: db}}]
        tls:
        - match: [{sniHosts: [db.example.com]}]
          route: [{destination: {host: db}}]
      ---
      apiVersion: networking.istio.io/v1alpha3
      kind: DestinationRule
      metadata: {name: api}
      spec:
        host: api
        trafficPolicy:
          loadBalancer: {simple: LEAST_REQUEST}
          connectionPool: {tcp: {maxConnections: 100}, http: {http1MaxPendingRequests: 10}}
          outlierDetection: {consecutive5xxErrors: 5, interval: 10s, baseEjectionTime: 30s}
          tls: {mode: ISTIO_MUTUAL}
        subsets:
        - {name: v1, labels: {version: v1}}
        - name: v2
          labels: {version: v2}
          trafficPolicy: {loadBalancer: {consistentHash: {httpHeaderName: x-user}}}`;
    expect(issues(text)).toEqual([]);
  });

  it('reports bad enums, durations, one-of fields and unknown fields', () => {
    const text = yaml`
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: {name: shop}
      spec:
        hosts: [shop]
        http:
        - match: [{uri: {prefix: /a, exact: /a}}]
          route: [{destination: {subset: v1}, wieght: 10}]
          timeout: 5 seconds
          redirect: {port: 8080, derivePort: FROM_REQUEST_PORT}
      ---
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata: {name: api}
      spec:
        host: api
        trafficPolicy: {loadBalancer: {simple: FASTEST}, tls: {mode: STRICT}}
      ---
      apiVersion: networking.istio.io/v1
      kind: Gateway
      metadata: {name: gw}
      spec:
        servers:
        - port: {number: 443, name: https, protocol: HTTPS}
          hosts: ["*"]
          tls: {mode: SIMPLE, credentialName: a, credentialNames: [b]}`;
    expect(issues(text)).toEqual([
      'schema-one-of one-of-exact-prefix-regex@spec.http[0].match[0].uri',
      'schema-required@spec.http[0].route[0].destination.host',
      'schema-unknown-field@spec.http[0].route[0].wieght',
      'schema-pattern@spec.http[0].timeout',
      'schema-one-of one-of-port-derivePort@spec.http[0].redirect',
      'schema-enum@spec.trafficPolicy.loadBalancer.simple',
      'schema-enum@spec.trafficPolicy.tls.mode',
      'cel-rule istio-tls-credential-name-xor-names@spec.servers[0].tls',
    ]);
  });

  it('checks durations are at least 1ms', () => {
    const text = yaml`
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: {name: v}
      spec:
        http: [{corsPolicy: {maxAge: 0s}}]`;
    expect(diagnose(text).map((d) => d.message)).toEqual([
      'spec.http[0].corsPolicy.maxAge: must be a valid duration greater than 1ms',
    ]);
  });
});

describe('core kinds', () => {
  it('checks Service names, ports and types', () => {
    const ok = yaml`
      apiVersion: v1
      kind: Service
      metadata: {name: api, labels: {app: api}}
      spec:
        selector: {app: api}
        ports: [{name: http, port: 80, targetPort: http}, {name: grpc, port: 9090, targetPort: 9090}]`;
    expect(issues(ok)).toEqual([]);
    const bad = yaml`
      apiVersion: v1
      kind: Service
      metadata: {name: 1api}
      spec:
        type: Internal
        ports: [{port: 80}, {port: 80, protocol: TCP}]`;
    expect(issues(bad)).toEqual([
      'schema-pattern@metadata.name',
      'schema-enum@spec.type',
      'schema-duplicate-key@spec.ports[1]',
    ]);
  });

  it('ignores kinds it has no schema for', () => {
    const text = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: d}
      spec: {anything: [1, 2]}`;
    expect(issues(text)).toEqual([]);
  });
});
