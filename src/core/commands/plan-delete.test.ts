import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design/design.ts';
import { buildGraph } from '../graph/build.ts';
import { dedent } from '../testing/dedent.ts';
import { planDelete } from './plan-delete.ts';
import { apply, designOf } from './test-support.ts';

const GW = 'gateway.networking.k8s.io/Gateway/infra/edge';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/api';
const VS = 'networking.istio.io/VirtualService/shop/vs';
const SVC = '/Service/shop/api';
const OTHER = '/Service/other/api';

const yaml = dedent`
  apiVersion: gateway.networking.k8s.io/v1
  kind: Gateway
  metadata: {name: edge, namespace: infra}
  spec:
    gatewayClassName: istio
    listeners: [{name: http, protocol: HTTP, port: 80}, {name: admin, protocol: HTTP, port: 81}]
  ---
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata: {name: api, namespace: shop}
  spec:
    parentRefs: [{name: edge, namespace: infra, sectionName: http}, {name: edge, namespace: infra}]
    rules:
    - backendRefs: [{name: api, port: 8080}, {name: web, port: 80}]
      filters:
      - type: RequestMirror
        requestMirror: {backendRef: {name: web, port: 80}}
    - backendRefs: [{name: web, port: 80}, {name: api, port: 8080}]
    - backendRefs: [{name: missing-svc, port: 80}]
  ---
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata: {name: vs, namespace: shop}
  spec:
    hosts: [api]
    http:
    - route: [{destination: {host: api}}, {destination: {host: web}}]
    - route: [{destination: {host: missing-svc}}]
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: api, namespace: shop}
  spec: {ports: [{name: http, port: 8080}]}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: web, namespace: shop}
  spec: {ports: [{name: http, port: 80}]}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: api, namespace: other}
  spec: {ports: [{name: http, port: 9090}]}
`;

function setup() {
  const design = designOf(yaml);
  return { design, graph: buildGraph(design) };
}

/** Runs the plan's commands in order; each must succeed. */
function run(design: Design, commands: ReturnType<typeof planDelete>['commands']): Design {
  let current = design;
  for (const command of commands) {
    const result = apply(current, command);
    expect(result.diagnostics, JSON.stringify(command)).toEqual([]);
    current = result.design;
  }
  return current;
}

describe('planDelete', () => {
  it('asks before removing a resource others refer to, and names who refers to it', () => {
    const { design, graph } = setup();
    const plan = planDelete(design, graph, [SVC]);
    expect(plan.commands).toEqual([{ type: 'removeResource', key: SVC }]);
    expect(plan.needsConfirmation).toBe(true);
    expect(plan.dangling.map((d) => d.message)).toContain(
      'HTTPRoute shop/api refers to Service shop/api (spec.rules[0].backendRefs[0])',
    );
    expect(new Set(plan.dangling.map((d) => d.from))).toEqual(new Set([ROUTE, VS]));
    expect(planDelete(design, graph, [OTHER])).toEqual({
      commands: [{ type: 'removeResource', key: OTHER }],
      dangling: [],
      needsConfirmation: false,
    });
  });

  it('does not count references from what is removed too', () => {
    const { design, graph } = setup();
    const plan = planDelete(design, graph, [SVC, ROUTE, VS]);
    expect(plan.needsConfirmation).toBe(false);
    expect(plan.commands.every((c) => c.type === 'removeResource')).toBe(true);
  });

  it('turns edges into removeBackend, detachParent and removeField commands', () => {
    const { design, graph } = setup();
    const backend = graph.edges.find((e) => e.type === 'backend' && e.to === SVC)!;
    expect(planDelete(design, graph, [], [backend.id]).commands).toEqual([
      { type: 'removeBackend', key: ROUTE, rule: 0, backend: 0 },
    ]);
    const destination = graph.edges.find((e) => e.type === 'destination' && e.to === SVC)!;
    expect(planDelete(design, graph, [], [destination.id]).commands).toEqual([
      { type: 'removeField', key: VS, path: ['spec', 'http', 0, 'route', 0] },
    ]);
    const mirror = graph.edges.find((e) => e.type === 'mirror')!;
    expect(planDelete(design, graph, [], [mirror.id]).commands).toEqual([
      { type: 'removeField', key: ROUTE, path: ['spec', 'rules', 0, 'filters', 0] },
    ]);
  });

  it('removes a listener by name and warns about the routes attached to it', () => {
    const { design, graph } = setup();
    const plan = planDelete(design, graph, [`${GW}#listener/http`]);
    expect(plan.commands).toEqual([{ type: 'removeListener', key: GW, name: 'http' }]);
    expect(plan.dangling.map((d) => d.from)).toEqual([ROUTE]);
    expect(planDelete(design, graph, [`${GW}#listener/admin`]).needsConfirmation).toBe(false);
  });

  it('deleting a ghost removes the references to it, last index first', () => {
    const { design, graph } = setup();
    const ghost = graph.nodes.find((n) => n.type === 'missing' && n.name === 'missing-svc')!;
    const plan = planDelete(design, graph, [ghost.id]);
    expect(plan.needsConfirmation).toBe(false);
    const after = buildGraph(run(design, plan.commands));
    expect(after.nodeById.has(ghost.id)).toBe(false);
  });

  it('orders removals so that indices stay valid, whatever is selected', () => {
    const { design, graph } = setup();
    const ids = [...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)];
    const edgeIds = new Set(graph.edges.map((e) => e.id));
    fc.assert(
      fc.property(fc.subarray(ids), (picked) => {
        const nodes = picked.filter((id) => !edgeIds.has(id));
        const edges = picked.filter((id) => edgeIds.has(id));
        const plan = planDelete(design, graph, nodes, edges);
        const next = run(design, plan.commands);
        const after = buildGraph(next);
        for (const id of nodes)
          if (design.byKey.has(id)) expect(next.byKey.has(id), id).toBe(false);
        // Whatever is left referring to a removed resource shows as a ghost of it.
        for (const d of plan.dangling)
          if (design.byKey.has(d.to)) expect(after.nodeById.has(`missing:${d.to}`)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
