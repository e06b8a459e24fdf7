import { describe, expect, it, vi } from 'vitest';
import { createDesign, setFileText, type Design } from '../design/design.ts';
import { createGraphBuilder } from './build.ts';
import type { PendingRef } from './extract-types.ts';
import type { Graph } from './types.ts';

/** How many references were resolved, counted by wrapping the resolver this module uses. */
const resolved = vi.hoisted(() => ({ count: 0 }));
vi.mock('./resolve.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./resolve.ts')>();
  class CountingResolver extends original.TargetResolver {
    override targets(ref: PendingRef) {
      resolved.count++;
      return super.targets(ref);
    }
  }
  return { ...original, TargetResolver: CountingResolver };
});

const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: c
  listeners: [{name: http, port: 80}, {name: https, port: 443}]
`;
const service = (name: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\n`;
const route = (name: string, path = '/') => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: ${name}}
spec:
  parentRefs: [{name: gw, port: 80}]
  rules:
  - name: main
    matches: [{path: {value: ${path}}}]
    backendRefs: [{name: ${name}, port: 80}, {name: gone, port: 80}]
`;
const rule = (host: string) => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: dr}
spec: {host: ${host}, subsets: [{name: v1}]}
`;
const virtualService = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: vs}
spec: {http: [{route: [{destination: {host: a, subset: v1}}]}]}
`;
const entry = (host: string) => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: se}
spec: {hosts: [${host}]}
`;
const external = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ext}
spec: {tcp: [{route: [{destination: {host: api.example.com}}]}]}
`;
const grant = `apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: g}
spec: {to: [{group: "", kind: Service}]}
`;

const designOf = (...docs: string[]) =>
  createDesign([{ name: 'f.yaml', text: docs.join('---\n') }]);

function snapshot(graph: Graph) {
  return { nodes: graph.nodes, edges: graph.edges, nodeById: [...graph.nodeById] };
}

describe('incremental graph build', () => {
  const routes = Array.from({ length: 20 }, (_, i) => [service(`s${i}`), route(`s${i}`)]).flat();
  const before = designOf(gateway, ...routes);
  const after = setFileText(
    before,
    'f.yaml',
    before.files[0]!.text.replace('value: /}', 'value: /x}'),
  );

  it('re-links only the edited resource after a value edit, keeping the rest', () => {
    const build = createGraphBuilder();
    const first = build(before);
    resolved.count = 0;
    const second = build(after);
    // The edited route's two references, resolved for its old and its new version.
    expect(resolved.count).toBe(2 * 3);
    expect(second.nodes).toBe(first.nodes);
    expect(second.nodeById).toBe(first.nodeById);
    const missing = first.nodes.filter((n) => n.type === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    expect(second.nodes.filter((n) => n.type === 'missing')).toEqual(missing);
    const kept = first.edges.filter((e) => e.source.resource !== before.resources[2]!.key);
    expect(second.edges.filter((e) => kept.includes(e))).toHaveLength(kept.length);
    expect(snapshot(second)).toEqual(snapshot(createGraphBuilder()(after)));
  });

  it('builds in full when most resources were replaced', () => {
    const build = createGraphBuilder();
    build(before);
    resolved.count = 0;
    build(designOf(gateway, ...routes));
    expect(resolved.count).toBe(1 + 20 * 3);
  });

  /** Each case: design texts in order; every build must equal a fresh one. */
  it.each<[string, string[][]]>([
    [
      'a rule renamed (a part node with a new label)',
      [
        [service('a'), route('a')],
        [service('a'), route('a').replace('main', 'other')],
      ],
    ],
    [
      'a listener port changed under a route selecting by port',
      [
        [gateway, route('a')],
        [gateway.replace('port: 80', 'port: 81'), route('a')],
      ],
    ],
    [
      'a DestinationRule host moved between Services',
      [
        [service('a'), service('b'), rule('a'), virtualService],
        [service('a'), service('b'), rule('b'), virtualService],
      ],
    ],
    [
      'a ServiceEntry host edited away from a destination, then back',
      [
        [entry('api.example.com'), external],
        [entry('db.example.com'), external],
        [entry('"*.example.com"'), external],
      ],
    ],
    [
      'a grant target kind edited, then a later resource',
      [
        [grant, service('a'), route('a')],
        [grant.replace('kind: Service', 'kind: S'), service('a'), route('a')],
        [grant.replace('kind: Service', 'kind: S'), service('a'), route('a', '/x')],
      ],
    ],
    [
      'a backend that goes missing, then comes back',
      [
        [service('a'), route('a'), route('b')],
        [service('a'), route('a').replace('{name: a', '{name: c'), route('b')],
        [service('a'), route('a'), route('b')],
      ],
    ],
    [
      'missing nodes met in a new order',
      [
        [route('a'), route('b')],
        [
          route('a').replace(
            '{name: a, port: 80}, {name: gone, port: 80}',
            '{name: gone, port: 80}, {name: a, port: 80}',
          ),
          route('b'),
        ],
      ],
    ],
    [
      'a duplicate edited, then the first',
      [
        [route('a'), route('a', '/d')],
        [route('a'), route('a', '/e')],
        [route('a', '/f'), route('a', '/e')],
      ],
    ],
  ])('equals a fresh build: %s', (_, steps) => {
    const build = createGraphBuilder();
    let design: Design | undefined;
    for (const docs of steps) {
      const text = docs.join('---\n');
      design = design ? setFileText(design, 'f.yaml', text) : designOf(text);
      expect(snapshot(build(design))).toEqual(snapshot(createGraphBuilder()(design)));
    }
  });
});
