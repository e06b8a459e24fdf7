import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../core/commands/apply.ts';
import { createDesign, type Design } from '../../core/design/design.ts';
import { buildGraph } from '../../core/graph/build.ts';
import { dedent } from '../../core/testing/dedent.ts';
import { commandForConnection } from './connect.ts';
import { planDelete } from './delete.ts';

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
    listeners: [{name: http, protocol: HTTP, port: 80}]
  ---
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata: {name: api, namespace: shop}
  spec:
    rules:
    - backendRefs: [{name: api, port: 8080}]
  ---
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata: {name: vs, namespace: shop}
  spec:
    hosts: [api]
    http:
    - route: [{destination: {host: api}}]
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

function setup() {
  const design = createDesign([{ name: 'd.yaml', text: yaml }]);
  return { design, graph: buildGraph(design) };
}

function textAfter(design: Design, command: ReturnType<typeof commandForConnection>): string {
  expect(command).toBeDefined();
  const result = applyCommand(design, command!);
  expect(result.diagnostics).toEqual([]);
  return result.design.files[0]!.text;
}

describe('connections become commands', () => {
  it('attaches a route to the listener it is connected to, from either end', () => {
    const { design, graph } = setup();
    const expected = {
      type: 'attachParent',
      key: ROUTE,
      parent: { name: 'edge', namespace: 'infra', sectionName: 'http' },
    };
    expect(commandForConnection(design, graph, `${GW}#listener/http`, ROUTE)).toEqual(expected);
    expect(commandForConnection(design, graph, ROUTE, `${GW}#listener/http`)).toEqual(expected);
  });

  it('adds a backend with the Service port, namespaced when it is elsewhere', () => {
    const { design, graph } = setup();
    const command = commandForConnection(design, graph, `${ROUTE}#rule/0`, OTHER);
    expect(command).toEqual({
      type: 'addBackend',
      key: ROUTE,
      rule: 0,
      backend: { name: 'api', namespace: 'other', port: 9090 },
    });
    expect(textAfter(design, command)).toContain('namespace: other');
  });

  it('adds a VirtualService destination by cluster DNS name across namespaces', () => {
    const { design, graph } = setup();
    const command = commandForConnection(design, graph, `${VS}#http/0`, OTHER);
    expect(textAfter(design, command)).toContain('host: api.other.svc.cluster.local');
  });

  it('refuses what cannot be connected', () => {
    const { design, graph } = setup();
    expect(commandForConnection(design, graph, SVC, OTHER)).toBeUndefined();
    expect(commandForConnection(design, graph, GW, SVC)).toBeUndefined();
    expect(commandForConnection(design, graph, ROUTE, ROUTE)).toBeUndefined();
  });
});

describe('deleting', () => {
  const keys = (design: Design) => new Set(design.byKey.keys());

  it('warns before removing an object others reference', () => {
    const { design, graph } = setup();
    const plan = planDelete(graph, [SVC], [], keys(design));
    expect(plan.commands).toEqual([{ type: 'removeResource', key: SVC }]);
    expect(plan.warnings.join()).toContain('HTTPRoute shop/api');
    expect(planDelete(graph, [OTHER], [], keys(design)).warnings).toEqual([]);
  });

  it('turns a backend edge into removeBackend and a ghost node into removed references', () => {
    const { design, graph } = setup();
    const backend = graph.edges.find((e) => e.type === 'backend')!;
    expect(planDelete(graph, [], [backend.id], keys(design)).commands).toEqual([
      { type: 'removeBackend', key: ROUTE, rule: 0, backend: 0 },
    ]);
    const destination = graph.edges.find((e) => e.type === 'destination')!;
    expect(planDelete(graph, [], [destination.id], keys(design)).commands).toEqual([
      { type: 'removeField', key: VS, path: ['spec', 'http', 0, 'route', 0] },
    ]);
  });

  it('removes a listener by name when its row is deleted', () => {
    const { design, graph } = setup();
    expect(planDelete(graph, [`${GW}#listener/http`], [], keys(design)).commands).toEqual([
      { type: 'removeListener', key: GW, name: 'http' },
    ]);
  });
});
