import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/dedent.ts';
import { apply, designOf, textAfter } from './test-support.ts';

const GW = 'gateway.networking.k8s.io/Gateway/infra/edge';

const design = () =>
  designOf(dedent`
    apiVersion: gateway.networking.k8s.io/v1
    kind: Gateway
    metadata:
      name: edge
      namespace: infra
    spec:
      gatewayClassName: istio
      listeners:
      - name: http
        protocol: HTTP
        port: 80
        hostname: shop.example.com
      - name: tcp
        protocol: TCP
        port: 5432
    ---
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata:
      name: shop
      namespace: shop
    spec:
      parentRefs:
      - name: edge
        namespace: infra
        sectionName: http # the public listener
      - name: edge
        namespace: infra
      rules:
      - backendRefs:
        - name: web
          port: 80
    ---
    apiVersion: v1
    kind: Secret
    metadata:
      name: shop-cert
      namespace: infra
    type: kubernetes.io/tls
  `);

describe('renameListener', () => {
  it('renames the listener and the sectionNames of the routes attached to it', () => {
    const text = textAfter(design(), { type: 'renameListener', key: GW, name: 'http', to: 'web' });
    expect(text).toContain('  - name: web\n    protocol: HTTP\n');
    expect(text).toContain('    sectionName: web # the public listener\n');
    // The route's other parentRef (the whole Gateway) stays as it was.
    expect(text).toContain('  - name: edge\n    namespace: infra\n  rules:');
  });

  it('refuses a taken or invalid name, and a listener that is not there', () => {
    const codes = (to: string, name = 'http') =>
      apply(design(), { type: 'renameListener', key: GW, name, to }).diagnostics.map((d) => d.code);
    expect(codes('tcp')).toEqual(['edit-invalid']);
    expect(codes('Web Site')).toEqual(['edit-invalid']);
    expect(codes('web', 'nope')).toEqual(['edit-target-missing']);
    expect(codes('http')).toEqual([]);
  });
});

describe('setListenerProtocol', () => {
  it('HTTPS terminates TLS with the namespace TLS Secret and moves 80 to 443', () => {
    const text = textAfter(design(), {
      type: 'setListenerProtocol',
      key: GW,
      name: 'http',
      protocol: 'HTTPS',
    });
    expect(text).toContain(dedent`
      - name: http
          protocol: HTTPS
          port: 443
          hostname: shop.example.com
          tls:
            mode: Terminate
            certificateRefs:
            - kind: Secret
              name: shop-cert
    `);
  });

  it('back to HTTP drops tls and returns to 80; TCP drops the hostname; TLS gets Passthrough', () => {
    const https = apply(design(), {
      type: 'setListenerProtocol',
      key: GW,
      name: 'http',
      protocol: 'HTTPS',
    }).design;
    const http = textAfter(https, {
      type: 'setListenerProtocol',
      key: GW,
      name: 'http',
      protocol: 'HTTP',
    });
    expect(http).toContain(
      '  - name: http\n    protocol: HTTP\n    port: 80\n    hostname: shop.example.com\n  - name: tcp',
    );
    const tcp = textAfter(design(), {
      type: 'setListenerProtocol',
      key: GW,
      name: 'http',
      protocol: 'TCP',
    });
    expect(tcp).toContain('  - name: http\n    protocol: TCP\n    port: 80\n  - name: tcp');
    const tls = textAfter(design(), {
      type: 'setListenerProtocol',
      key: GW,
      name: 'tcp',
      protocol: 'TLS',
    });
    expect(tls).toContain('    protocol: TLS\n    port: 5432\n    tls:\n      mode: Passthrough\n');
  });

  it('names a certificate to fill in when the namespace has no TLS Secret', () => {
    const text = textAfter(
      designOf(dedent`
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
          name: gw
        spec:
          listeners:
          - name: web
            protocol: HTTP
            port: 8080
      `),
      {
        type: 'setListenerProtocol',
        key: 'gateway.networking.k8s.io/Gateway/default/gw',
        name: 'web',
        protocol: 'HTTPS',
      },
    );
    expect(text).toContain('port: 8080\n    tls:\n      mode: Terminate\n');
    expect(text).toContain('name: gw-web-cert');
  });
});
