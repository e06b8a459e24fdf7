import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/build.ts';
import type { Graph } from '../graph/types.ts';
import { dedent } from '../testing/dedent.ts';
import { connectionCommand, isCommand } from './connect.ts';
import { apply, designOf, textAfter } from './test-support.ts';

const CLASS = 'gateway.networking.k8s.io/GatewayClass//istio';
const GW = 'gateway.networking.k8s.io/Gateway/infra/edge';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/api';
const VS = 'networking.istio.io/VirtualService/shop/vs';
const IGW = 'networking.istio.io/Gateway/shop/ingress';
const DR = 'networking.istio.io/DestinationRule/shop/dr';
const SVC = '/Service/shop/api';
const OTHER = '/Service/other/api';

const yaml = dedent`
  apiVersion: gateway.networking.k8s.io/v1
  kind: GatewayClass
  metadata: {name: istio}
  spec: {controllerName: istio.io/gateway-controller}
  ---
  apiVersion: gateway.networking.k8s.io/v1
  kind: Gateway
  metadata: {name: edge, namespace: infra}
  spec:
    gatewayClassName: other
    listeners: [{name: http, protocol: HTTP, port: 80}]
  ---
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata: {name: api, namespace: shop}
  spec:
    rules:
    - backendRefs: [{name: api, port: 8080}]
    - filters: [{type: RequestRedirect, requestRedirect: {scheme: https}}]
  ---
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata: {name: vs, namespace: shop}
  spec:
    hosts: [api]
    http:
    - route: [{destination: {host: api}}]
  ---
  apiVersion: networking.istio.io/v1
  kind: Gateway
  metadata: {name: ingress, namespace: shop}
  spec:
    selector: {istio: ingressgateway}
    servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ['*']}]
  ---
  apiVersion: networking.istio.io/v1
  kind: DestinationRule
  metadata: {name: dr, namespace: shop}
  spec: {host: nothing}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: api, namespace: shop}
  spec: {ports: [{name: http, port: 8080}]}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: api, namespace: other}
  spec: {ports: [{name: http, port: 9090}]}
`;

/** A connection's command, failing the test with the refusal's reason otherwise. */
function must(result: ReturnType<typeof connectionCommand>) {
  if (!isCommand(result)) throw new Error(result.reason);
  return result;
}

function setup() {
  const design = designOf(yaml);
  return { design, graph: buildGraph(design) };
}

/** The command for a connection that must be allowed. */
function commandFor(from: string, to: string) {
  const { design, graph } = setup();
  const result = connectionCommand(design, graph, from, to);
  if (!isCommand(result)) throw new Error(result.reason);
  return { design, command: result };
}

describe('connectionCommand', () => {
  it('attaches a route to the listener it is connected to, from either end', () => {
    const expected = {
      type: 'attachParent',
      key: ROUTE,
      parent: { name: 'edge', namespace: 'infra', sectionName: 'http' },
    };
    expect(commandFor(`${GW}#listener/http`, ROUTE).command).toEqual(expected);
    expect(commandFor(ROUTE, `${GW}#listener/http`).command).toEqual(expected);
  });

  it('adds a backend with the Service port, namespaced when it is elsewhere', () => {
    const { design, command } = commandFor(`${ROUTE}#rule/0`, OTHER);
    expect(command).toEqual({
      type: 'addBackend',
      key: ROUTE,
      rule: 0,
      backend: { name: 'api', namespace: 'other', port: 9090 },
    });
    expect(textAfter(design, command)).toContain('namespace: other');
  });

  it('adds a VirtualService destination by cluster DNS name across namespaces', () => {
    const { design, command } = commandFor(`${VS}#http/0`, OTHER);
    expect(textAfter(design, command)).toContain('host: api.other.svc.cluster.local');
  });

  it('sets the class of a Gateway, the host of a DestinationRule, the gateways of a VirtualService', () => {
    const cases: [string, string, string][] = [
      [GW, CLASS, 'gatewayClassName: istio'],
      [SVC, DR, 'spec: {host: api}'],
      [VS, IGW, 'gateways:'],
    ];
    for (const [from, to, written] of cases) {
      const { design, command } = commandFor(from, to);
      expect(textAfter(design, command)).toContain(written);
    }
  });

  it('refuses with a reason what cannot or need not be connected', () => {
    const { design, graph } = setup();
    const reason = (from: string, to: string) => {
      const result = connectionCommand(design, graph, from, to);
      return isCommand(result) ? undefined : result.reason;
    };
    expect(reason(SVC, OTHER)).toMatch(/cannot be connected/);
    expect(reason(GW, SVC)).toMatch(/cannot be connected/);
    expect(reason(ROUTE, ROUTE)).toMatch(/itself/);
    expect(reason(`${ROUTE}#rule/0`, SVC)).toMatch(/already connected/);
    expect(reason(`${ROUTE}#rule/0`, GW)).toMatch(/whole route/);
    expect(reason('nope', SVC)).toMatch(/not on the canvas/);
    expect(reason(`${ROUTE}#rule/1`, OTHER)).toMatch(/redirects requests/);
  });

  it('every allowed connection applies cleanly and draws an edge between its ends', () => {
    const { design, graph } = setup();
    const touches = (g: Graph, id: string, end: string) =>
      end === id || g.nodeById.get(end)?.parent === id;
    let allowed = 0;
    for (const a of graph.nodes)
      for (const b of graph.nodes) {
        const result = connectionCommand(design, graph, a.id, b.id);
        if (!isCommand(result)) {
          expect(result.reason).not.toBe('');
          continue;
        }
        allowed++;
        const after = apply(design, result);
        expect(after.diagnostics, `${a.id} -> ${b.id}`).toEqual([]);
        const next = buildGraph(after.design);
        const linked = next.edges.some(
          (e) =>
            (touches(next, a.id, e.from) && touches(next, b.id, e.to)) ||
            (touches(next, b.id, e.from) && touches(next, a.id, e.to)),
        );
        expect(linked, `${a.id} -> ${b.id}`).toBe(true);
      }
    expect(allowed).toBeGreaterThan(10);
  });
});

describe('connecting a VirtualService route to a DestinationRule subset', () => {
  const istio = dedent`
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata: {name: vs, namespace: shop}
    spec:
      hosts: [reviews.example.com]
      http:
      - route:
        - destination: {host: reviews}
    ---
    apiVersion: networking.istio.io/v1
    kind: DestinationRule
    metadata: {name: reviews, namespace: other}
    spec:
      host: reviews.other.svc.cluster.local
      subsets: [{name: v1}, {name: v2}]
    ---
    apiVersion: networking.istio.io/v1
    kind: DestinationRule
    metadata: {name: local, namespace: shop}
    spec:
      host: reviews
      subsets: [{name: v1}, {name: v2}]
  `;
  const LOCAL = 'networking.istio.io/DestinationRule/shop/local';
  const REMOTE = 'networking.istio.io/DestinationRule/other/reviews';

  it('routes to the subset, from either end, naming the host as the VirtualService sees it', () => {
    const design = designOf(istio);
    const graph = buildGraph(design);
    const local = connectionCommand(design, graph, `${VS}#http/0`, `${LOCAL}#subset/v1`);
    expect(local).toEqual({
      type: 'routeToSubset',
      key: VS,
      rule: 0,
      host: 'reviews',
      subset: 'v1',
    });
    expect(connectionCommand(design, graph, `${LOCAL}#subset/v1`, VS)).toEqual(local);
    expect(connectionCommand(design, graph, `${VS}#http/0`, `${REMOTE}#subset/v2`)).toMatchObject({
      host: 'reviews.other.svc.cluster.local',
      subset: 'v2',
    });
    const text = textAfter(design, must(local));
    expect(text).toContain('- destination: {host: reviews, subset: v1}');
  });

  it('a second subset splits the route, and the graph shows both subset edges', () => {
    let design = designOf(istio);
    for (const subset of ['v1', 'v2']) {
      const command = connectionCommand(
        design,
        buildGraph(design),
        `${VS}#http/0`,
        `${LOCAL}#subset/${subset}`,
      );
      if (!isCommand(command)) throw new Error(command.reason);
      design = apply(design, command).design;
    }
    const subsets = buildGraph(design)
      .edges.filter((e) => e.type === 'subset')
      .map((e) => e.to);
    expect(subsets).toEqual([`${LOCAL}#subset/v1`, `${LOCAL}#subset/v2`]);
    const again = connectionCommand(
      design,
      buildGraph(design),
      `${VS}#http/0`,
      `${LOCAL}#subset/v2`,
    );
    expect(isCommand(again) ? undefined : again.reason).toMatch(/already connected/);
  });
});

it('a route on the whole Gateway connected to one of its listeners is narrowed to it', () => {
  const design = designOf(dedent`
    apiVersion: gateway.networking.k8s.io/v1
    kind: Gateway
    metadata: {name: edge, namespace: infra}
    spec:
      listeners: [{name: http, protocol: HTTP, port: 80}]
    ---
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata: {name: api, namespace: shop}
    spec:
      parentRefs:
      - name: edge
        namespace: infra
      rules: []
  `);
  const command = connectionCommand(design, buildGraph(design), `${GW}#listener/http`, ROUTE);
  expect(command).toEqual({
    type: 'setField',
    key: ROUTE,
    path: ['spec', 'parentRefs', 0, 'sectionName'],
    value: 'http',
  });
  expect(textAfter(design, must(command))).toContain(
    '  - name: edge\n    namespace: infra\n    sectionName: http\n',
  );
});
