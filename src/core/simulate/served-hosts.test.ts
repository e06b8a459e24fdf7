import { describe, expect, it } from 'vitest';
import { createDesign } from '../design/design.ts';
import { dedent } from '../testing/dedent.ts';
import { servedHosts } from './served-hosts.ts';

describe('servedHosts', () => {
  it('lists route, listener and VirtualService hosts, qualified, without wildcards', () => {
    const design = createDesign([
      {
        name: 'd.yaml',
        text: dedent`
          apiVersion: gateway.networking.k8s.io/v1
          kind: Gateway
          metadata: {name: edge, namespace: infra}
          spec:
            listeners:
            - {name: http, protocol: HTTP, port: 80, hostname: "Shop.Example.com"}
            - {name: wild, protocol: HTTP, port: 8080, hostname: "*.example.com"}
            - {name: tcp, protocol: TCP, port: 9000, hostname: tcp.example.com}
          ---
          apiVersion: gateway.networking.k8s.io/v1
          kind: HTTPRoute
          metadata: {name: web, namespace: shop}
          spec:
            hostnames: [api.example.com, shop.example.com]
          ---
          apiVersion: networking.istio.io/v1
          kind: VirtualService
          metadata: {name: fares, namespace: travel}
          spec:
            hosts: [fares, "*.travel.example.com"]
            http:
            - route:
              - destination: {host: fares}
          ---
          apiVersion: networking.istio.io/v1
          kind: VirtualService
          metadata: {name: db, namespace: travel}
          spec:
            hosts: [db]
            tcp:
            - route:
              - destination: {host: db}
        `,
      },
    ]);
    expect(servedHosts(design)).toEqual([
      'api.example.com',
      'fares.travel.svc.cluster.local',
      'shop.example.com',
    ]);
  });
});
