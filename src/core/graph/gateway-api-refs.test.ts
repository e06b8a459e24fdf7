import { describe, expect, it } from 'vitest';
import { assertWellFormed, edgeBetween, graphOf, links } from './test-support.ts';

const GW = 'gateway.networking.k8s.io';
const gateway = `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: infra}
spec:
  gatewayClassName: acme
  listeners:
  - {name: http, port: 80, protocol: HTTP}
  - {name: http-alt, port: 80, protocol: HTTP, hostname: alt.example.com}
  - name: https
    port: 443
    protocol: HTTPS
    tls:
      certificateRefs:
      - name: edge-cert
      - {name: shared-cert, namespace: certs, kind: Secret, group: ""}
---
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: acme}
spec: {controllerName: example.com/acme}
`;

describe('Gateway and listeners', () => {
  const graph = graphOf(gateway);

  it('makes a node per listener, parented to the Gateway, with its path', () => {
    const listener = graph.nodeById.get(`${GW}/Gateway/infra/edge#listener/https`);
    expect(listener).toMatchObject({
      type: 'listener',
      parent: `${GW}/Gateway/infra/edge`,
      path: ['spec', 'listeners', 2],
      index: 2,
      label: 'https',
    });
    assertWellFormed(graph);
  });

  it('links the Gateway to its class, cluster-scoped so never cross-namespace', () => {
    const edge = edgeBetween(
      graph,
      `${GW}/Gateway/infra/edge`,
      `${GW}/GatewayClass//acme`,
      'gateway-class',
    );
    expect(edge.crossNamespace).toBeUndefined();
    expect(edge.source).toEqual({
      resource: `${GW}/Gateway/infra/edge`,
      path: ['spec', 'gatewayClassName'],
    });
  });

  it('links listeners to certificate Secrets, defaulting to the Gateway namespace', () => {
    const https = `${GW}/Gateway/infra/edge#listener/https`;
    expect(links(graph, 'certificate')).toEqual([
      `${https} -> missing:/Secret/infra/edge-cert`,
      `${https} -> missing:/Secret/certs/shared-cert`,
    ]);
    const crossing = edgeBetween(graph, https, 'missing:/Secret/certs/shared-cert', 'certificate');
    expect(crossing.crossNamespace).toBe(true);
    expect(crossing.source.path).toEqual(['spec', 'listeners', 2, 'tls', 'certificateRefs', 1]);
  });
});

describe('route parentRefs', () => {
  const route = (parentRefs: string) => `${gateway}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: infra}
spec:
  parentRefs: ${parentRefs}
`;
  const routeKey = `${GW}/HTTPRoute/infra/web`;
  const gw = `${GW}/Gateway/infra/edge`;

  it('attaches to the Gateway when neither sectionName nor port is given', () => {
    expect(links(graphOf(route('[{name: edge}]')), 'parent-ref')).toEqual([`${routeKey} -> ${gw}`]);
  });

  it('attaches to the named listener with sectionName', () => {
    const graph = graphOf(route('[{name: edge, sectionName: https}]'));
    expect(links(graph, 'parent-ref')).toEqual([`${routeKey} -> ${gw}#listener/https`]);
  });

  it('attaches to every listener on the port when only a port is given', () => {
    const graph = graphOf(route('[{name: edge, port: 80}]'));
    expect(links(graph, 'parent-ref')).toEqual([
      `${routeKey} -> ${gw}#listener/http`,
      `${routeKey} -> ${gw}#listener/http-alt`,
    ]);
  });

  it('points at missing parts for an unknown listener or a port no listener has', () => {
    const graph = graphOf(route('[{name: edge, sectionName: grpc}, {name: edge, port: 8443}]'));
    expect(links(graph, 'parent-ref')).toEqual([
      `${routeKey} -> missing:${gw}#listener/grpc`,
      `${routeKey} -> missing:${gw}#port/8443`,
    ]);
    expect(graph.nodeById.get(`missing:${gw}#listener/grpc`)).toMatchObject({
      type: 'missing',
      parent: gw,
      label: 'grpc',
    });
    assertWellFormed(graph);
  });

  it('defaults the namespace to the route and flags explicit other namespaces', () => {
    const graph = graphOf(`${gateway}
---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: HTTPRoute
metadata: {name: web, namespace: apps}
spec:
  parentRefs: [{name: edge}, {name: edge, namespace: infra}]
`);
    const [local, remote] = graph.edges.filter((e) => e.type === 'parent-ref');
    expect(local).toMatchObject({ to: `missing:${GW}/Gateway/apps/edge` });
    expect(local?.crossNamespace).toBeUndefined();
    expect(remote).toMatchObject({
      to: gw,
      crossNamespace: true,
      source: { path: ['spec', 'parentRefs', 1] },
    });
  });

  it('shares one missing node between references to the same absent Gateway', () => {
    const graph = graphOf(route('[{name: nowhere}, {name: nowhere, sectionName: http}]'));
    expect(links(graph, 'parent-ref')).toEqual([
      `${routeKey} -> missing:${GW}/Gateway/infra/nowhere`,
      `${routeKey} -> missing:${GW}/Gateway/infra/nowhere`,
    ]);
    expect(graph.nodes.filter((n) => n.type === 'missing' && n.kind === 'Gateway')).toHaveLength(1);
  });

  it('attaches mesh routes to a Service parent (GAMMA)', () => {
    const graph = graphOf(`
apiVersion: v1
kind: Service
metadata: {name: reviews}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: mesh-route}
spec:
  parentRefs: [{group: "", kind: Service, name: reviews, port: 9080}]
`);
    expect(links(graph, 'parent-ref')).toEqual([
      `${GW}/HTTPRoute/default/mesh-route -> /Service/default/reviews`,
    ]);
  });

  it('attaches to ListenerSet listeners, and ListenerSets to their Gateway', () => {
    const graph = graphOf(`${gateway}
---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: {name: team, namespace: team-ns}
spec:
  parentRef: {name: edge, namespace: infra}
  listeners:
  - name: team-https
    port: 443
    tls: {certificateRefs: [{name: team-cert}]}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: app, namespace: team-ns}
spec:
  parentRefs: [{kind: ListenerSet, name: team, sectionName: team-https}]
`);
    const set = `${GW}/ListenerSet/team-ns/team`;
    expect(edgeBetween(graph, set, gw, 'listener-set-parent').crossNamespace).toBe(true);
    expect(links(graph, 'parent-ref')).toEqual([
      `${GW}/HTTPRoute/team-ns/app -> ${set}#listener/team-https`,
    ]);
    expect(links(graph, 'certificate')).toContain(
      `${set}#listener/team-https -> missing:/Secret/team-ns/team-cert`,
    );
  });
});

describe('rules, backends and mirrors', () => {
  const graph = graphOf(`
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: split, namespace: shop}
spec:
  rules:
  - name: main
    backendRefs:
    - {name: v1, port: 80, weight: 90}
    - {name: v2, port: 80, weight: 0}
    - {name: v3, namespace: other, port: 80}
    - {name: cart, group: multicluster.x-k8s.io, kind: ServiceImport}
    - name: v4
      weight: "ten"
      filters:
      - type: RequestMirror
        requestMirror: {backendRef: {name: shadow-b, port: 80}}
    filters:
    - type: RequestMirror
      requestMirror: {backendRef: {name: shadow-a, port: 80}}
  - backendRefs: [{name: v1, port: 80}]
`);
  const route = `${GW}/HTTPRoute/shop/split`;

  it('makes a rule node per rule, labelled by name or index', () => {
    expect(graph.nodeById.get(`${route}#rule/0`)).toMatchObject({
      type: 'rule',
      label: 'main',
      index: 0,
    });
    expect(graph.nodeById.get(`${route}#rule/1`)).toMatchObject({
      label: 'rule 1',
      path: ['spec', 'rules', 1],
    });
  });

  it('records written weights, 1 when omitted, none when not a number', () => {
    const weights = graph.edges.filter((e) => e.type === 'backend').map((e) => [e.to, e.weight]);
    expect(weights).toEqual([
      ['missing:/Service/shop/v1', 90],
      ['missing:/Service/shop/v2', 0],
      ['missing:/Service/other/v3', 1],
      ['missing:multicluster.x-k8s.io/ServiceImport/shop/cart', 1],
      ['missing:/Service/shop/v4', undefined],
      ['missing:/Service/shop/v1', 1],
    ]);
    const v3 = edgeBetween(graph, `${route}#rule/0`, 'missing:/Service/other/v3', 'backend');
    expect(v3).toMatchObject({
      crossNamespace: true,
      source: { resource: route, path: ['spec', 'rules', 0, 'backendRefs', 2] },
    });
  });

  it('finds mirror targets at rule level and inside backendRefs', () => {
    expect(
      graph.edges.filter((e) => e.type === 'mirror').map((e) => [e.to, e.source.path]),
    ).toEqual([
      [
        'missing:/Service/shop/shadow-b',
        ['spec', 'rules', 0, 'backendRefs', 4, 'filters', 0, 'requestMirror', 'backendRef'],
      ],
      [
        'missing:/Service/shop/shadow-a',
        ['spec', 'rules', 0, 'filters', 0, 'requestMirror', 'backendRef'],
      ],
    ]);
  });

  it.each(['GRPCRoute', 'TCPRoute', 'TLSRoute', 'UDPRoute'])(
    'reads %s rules and parents',
    (kind) => {
      const version = kind === 'GRPCRoute' ? 'v1' : 'v1alpha2';
      const g = graphOf(`
apiVersion: gateway.networking.k8s.io/${version}
kind: ${kind}
metadata: {name: r}
spec:
  parentRefs: [{name: gw, sectionName: l}]
  rules: [{backendRefs: [{name: svc, port: 5000}]}]
`);
      const key = `${GW}/${kind}/default/r`;
      expect(links(g, 'parent-ref')).toEqual([`${key} -> missing:${GW}/Gateway/default/gw`]);
      expect(links(g, 'backend')).toEqual([`${key}#rule/0 -> missing:/Service/default/svc`]);
    },
  );

  it('resolves backends to Services present in the design', () => {
    const g = graphOf(`
apiVersion: v1
kind: Service
metadata: {name: app}
---
apiVersion: gateway.networking.k8s.io/v1alpha3
kind: TLSRoute
metadata: {name: r}
spec: {rules: [{backendRefs: [{name: app, port: 443}]}]}
`);
    expect(links(g, 'backend')).toEqual([
      `${GW}/TLSRoute/default/r#rule/0 -> /Service/default/app`,
    ]);
  });
});

describe('ReferenceGrant', () => {
  const graph = graphOf(`
apiVersion: v1
kind: Namespace
metadata: {name: apps}
---
apiVersion: v1
kind: Service
metadata: {name: a, namespace: backends}
---
apiVersion: v1
kind: Service
metadata: {name: b, namespace: backends}
---
apiVersion: v1
kind: Service
metadata: {name: elsewhere, namespace: other}
---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: grant, namespace: backends}
spec:
  from:
  - {group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: apps}
  - {group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web}
  to:
  - {group: "", kind: Service}
  - {group: "", kind: Secret, name: tls}
  - {group: "", kind: ConfigMap}
`);
  const grant = `${GW}/ReferenceGrant/backends/grant`;

  it('links to the Namespace of each from, missing when not in the design', () => {
    expect(links(graph, 'grant-from')).toEqual([
      `${grant} -> /Namespace//apps`,
      `${grant} -> missing:/Namespace//web`,
    ]);
    expect(graph.edges.find((e) => e.type === 'grant-from')?.crossNamespace).toBeUndefined();
  });

  it('links to every matching object of its namespace, and to a named absent one', () => {
    expect(links(graph, 'grant-to')).toEqual([
      `${grant} -> /Service/backends/a`,
      `${grant} -> /Service/backends/b`,
      `${grant} -> missing:/Secret/backends/tls`,
    ]);
    expect(graph.edges.filter((e) => e.type === 'grant-to').map((e) => e.source.path)).toEqual([
      ['spec', 'to', 0],
      ['spec', 'to', 0],
      ['spec', 'to', 1],
    ]);
  });
});

describe('BackendTLSPolicy and frontend validation', () => {
  it('links policy targets and CA certificates (v1 and v1alpha2 shapes)', () => {
    const graph = graphOf(`
apiVersion: gateway.networking.k8s.io/v1
kind: BackendTLSPolicy
metadata: {name: p}
spec:
  targetRefs: [{group: "", kind: Service, name: auth}]
  validation:
    caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}, {group: "", kind: Secret, name: ca2}]
---
apiVersion: gateway.networking.k8s.io/v1alpha2
kind: BackendTLSPolicy
metadata: {name: old}
spec:
  targetRef: {group: "", kind: Service, name: legacy}
  tls: {caCertRefs: [{group: "", kind: ConfigMap, name: old-ca}]}
`);
    const p = `${GW}/BackendTLSPolicy/default/p`;
    const old = `${GW}/BackendTLSPolicy/default/old`;
    expect(links(graph, 'policy-target')).toEqual([
      `${p} -> missing:/Service/default/auth`,
      `${old} -> missing:/Service/default/legacy`,
    ]);
    expect(links(graph, 'ca-certificate')).toEqual([
      `${p} -> missing:/ConfigMap/default/ca`,
      `${p} -> missing:/Secret/default/ca2`,
      `${old} -> missing:/ConfigMap/default/old-ca`,
    ]);
  });

  it('links a Gateway to its frontend CA certificates', () => {
    const graph = graphOf(`
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  tls:
    frontend:
      default: {validation: {caCertificateRefs: [{name: a}]}}
      perPort: [{port: 8443, tls: {validation: {caCertificateRefs: [{name: b}]}}}]
`);
    expect(links(graph, 'ca-certificate')).toEqual([
      `${GW}/Gateway/default/gw -> missing:/ConfigMap/default/a`,
      `${GW}/Gateway/default/gw -> missing:/ConfigMap/default/b`,
    ]);
  });
});
