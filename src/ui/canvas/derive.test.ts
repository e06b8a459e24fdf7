import { describe, expect, it } from 'vitest';
import { createDesign } from '../../core/design/design.ts';
import { buildGraph } from '../../core/graph/build.ts';
import { dedent } from '../../core/testing/dedent.ts';
import { createEdgeDeriver } from './derive-edges.ts';
import { createNodeDeriver, type NodeInput } from './derive-nodes.ts';
import { createLayoutCache, structureOf } from './layout-cache.ts';

const GW = 'gateway.networking.k8s.io/Gateway/infra/edge';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/api';
const V1 = '/Service/shop/api-v1';
const V2 = '/Service/shop/api-v2';

const yaml = dedent`
  apiVersion: gateway.networking.k8s.io/v1
  kind: Gateway
  metadata: {name: edge, namespace: infra}
  spec:
    gatewayClassName: istio
    listeners:
    - {name: http, protocol: HTTP, port: 80, hostname: shop.example.com}
    - {name: https, protocol: HTTPS, port: 443}
  ---
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata: {name: api, namespace: shop}
  spec:
    parentRefs: [{name: edge, namespace: infra, sectionName: https}]
    hostnames: [shop.example.com]
    rules:
    - matches:
      - path: {type: PathPrefix, value: /api}
        headers: [{name: x-flag, value: new}]
      filters:
      - type: RequestMirror
        requestMirror: {backendRef: {name: shadow, port: 80}}
      backendRefs:
      - {name: api-v1, port: 80, weight: 90}
      - {name: api-v2, port: 80, weight: 10}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: api-v1, namespace: shop}
  spec: {ports: [{name: http, port: 80, targetPort: 8080}]}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: api-v2, namespace: shop}
  spec: {ports: [{name: http, port: 80}]}
`;

function setup() {
  const design = createDesign([{ name: 'd.yaml', text: yaml }]);
  const graph = buildGraph(design);
  const structure = structureOf(graph);
  const layout = createLayoutCache()(structure).boxes;
  const input: NodeInput = {
    design,
    graph,
    structure,
    layout,
    positions: {},
    selection: [],
    framed: new Set(),
  };
  return { design, graph, structure, layout, input };
}

describe('node derivation', () => {
  it('makes one node per resource or missing object, parts as rows, at the layout position', () => {
    const { input, layout } = setup();
    const nodes = createNodeDeriver()(input);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get(GW)?.type).toBe('gateway');
    expect(byId.get(GW)?.data.text.rows.map((r) => [r.label, r.line1])).toEqual([
      ['http', ':80 · shop.example.com'],
      ['https', ':443'],
    ]);
    // The GatewayClass is a chip on its Gateway, not a node.
    expect(byId.get(GW)?.data.text.chips.map((c) => c.label)).toEqual(['istio']);
    const route = byId.get(ROUTE)!;
    expect(route.type).toBe('route');
    expect(route.data.text.detail).toBe('shop.example.com');
    expect(route.data.text.rows).toMatchObject([
      { line1: 'prefix /api · header x-flag=new', line2: 'RequestMirror → 2 backends' },
    ]);
    expect(route.position).toEqual({ x: layout.get(ROUTE)!.x, y: layout.get(ROUTE)!.y });
    expect(byId.get(V1)?.data.text.detail).toBe('http 80→8080');
    // The mirror target is not in the design: a ghost node.
    const ghost = byId.get('missing:/Service/shop/shadow');
    expect(ghost?.type).toBe('ghost');
    expect(ghost?.data.text.ghost).toBe(true);
    expect(nodes.some((n) => n.id.includes('#'))).toBe(false);
  });

  it('uses manual positions, marks the selection, and reuses unchanged nodes', () => {
    const { input } = setup();
    const derive = createNodeDeriver();
    const first = derive(input);
    const listener = `${GW}#listener/https`;
    const second = derive({ ...input, positions: { [V1]: { x: 5, y: 6 } }, selection: [listener] });
    const byId = new Map(second.map((n) => [n.id, n]));
    expect(byId.get(V1)?.position).toEqual({ x: 5, y: 6 });
    expect(byId.get(GW)?.selected).toBe(true);
    expect(byId.get(GW)?.data.selectedPart).toBe(listener);
    const untouched = first.find((n) => n.id === V2);
    expect(byId.get(V2)).toBe(untouched);
  });

  it('returns the same array when no node changed, so React Flow does not re-adopt them all', () => {
    const { input } = setup();
    const derive = createNodeDeriver();
    const first = derive(input);
    expect(derive({ ...input, selection: [] })).toBe(first);
    expect(derive({ ...input, selection: [GW] })).not.toBe(first);
  });

  it("carries React Flow's measured size onto a new node object, else the layout estimate", () => {
    const { input, layout } = setup();
    const derive = createNodeDeriver();
    const first = derive(input);
    const box = layout.get(V1)!;
    expect(first.find((n) => n.id === V1)?.measured).toEqual({
      width: box.width,
      height: box.height,
    });
    const measuredOf = (id: string) => (id === V1 ? { width: 321, height: 77 } : undefined);
    const moved = derive({ ...input, positions: { [V1]: { x: 1, y: 2 } }, measuredOf });
    expect(moved.find((n) => n.id === V1)?.measured).toEqual({ width: 321, height: 77 });
  });

  it('gives unmeasured nodes the handles of their header and rows, top to bottom', () => {
    const { input } = setup();
    const derive = createNodeDeriver();
    const gateway = derive(input).find((n) => n.id === GW)!;
    const targets = gateway.handles!.filter((h) => h.type === 'target');
    expect(targets.map((h) => h.id)).toEqual([
      `${GW}|in`,
      `${GW}#listener/http|in`,
      `${GW}#listener/https|in`,
    ]);
    const ys = targets.map((h) => h.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(3);
    // Once React Flow has measured a node, its measured handles stand.
    const measuredOf = () => ({ width: 280, height: 130 });
    const moved = derive({ ...input, positions: { [GW]: { x: 1, y: 2 } }, measuredOf });
    expect(moved.find((n) => n.id === GW)?.handles).toBeUndefined();
  });
});

describe('edge derivation', () => {
  it('lands parentRefs on the listener handle and draws traffic left to right', () => {
    const { input, graph, structure } = setup();
    const nodes = createNodeDeriver()(input);
    const edges = createEdgeDeriver()(graph, structure, nodes, new Set());
    const parent = edges.find((e) => e.data?.type === 'parent-ref')!;
    expect(parent).toMatchObject({
      source: GW,
      sourceHandle: `${GW}#listener/https|out`,
      target: ROUTE,
      targetHandle: `${ROUTE}|in`,
    });
  });

  it('returns the same array when no edge changed', () => {
    const { input, graph, structure } = setup();
    const derive = createEdgeDeriver();
    const first = derive(graph, structure, createNodeDeriver()(input), new Set());
    expect(derive(graph, structure, createNodeDeriver()(input), new Set())).toBe(first);
    const selected = derive(graph, structure, createNodeDeriver()(input), new Set([first[0]!.id]));
    expect(selected).not.toBe(first);
  });

  it('labels backends with their share of the rule; mirror and missing edges are marked', () => {
    const { input, graph, structure } = setup();
    const nodes = createNodeDeriver()(input);
    const edges = createEdgeDeriver()(graph, structure, nodes, new Set());
    const backends = edges.filter((e) => e.data?.type === 'backend');
    expect(backends.map((e) => [e.target, e.sourceHandle, e.data?.label?.text])).toEqual([
      [V1, `${ROUTE}#rule/0|out`, '90%'],
      [V2, `${ROUTE}#rule/0|out`, '10%'],
    ]);
    const mirror = edges.find((e) => e.data?.type === 'mirror');
    expect(mirror).toMatchObject({ target: 'missing:/Service/shop/shadow' });
    expect(mirror?.data?.label).toEqual({ text: '100%', detail: 'mirror' });
    expect(mirror?.data?.missing).toBe(true);
  });

  it('flips an edge when the user drags its target to the left of its source', () => {
    const { input, graph, structure } = setup();
    const nodes = createNodeDeriver()({ ...input, positions: { [GW]: { x: 99_999, y: 0 } } });
    const parent = createEdgeDeriver()(graph, structure, nodes, new Set()).find(
      (e) => e.data?.type === 'parent-ref',
    );
    expect(parent).toMatchObject({
      source: ROUTE,
      target: GW,
      targetHandle: `${GW}#listener/https|in`,
    });
  });
});
