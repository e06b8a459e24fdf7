import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../core/analysis/analyze.ts';
import { createDesign } from '../core/design/design.ts';
import { formatPath } from '../core/diagnostics.ts';
import { buildGraph } from '../core/graph/build.ts';
import { dedent } from '../core/testing/dedent.ts';
import { backendShares, formatShare, trafficRules } from '../core/traffic/index.ts';
import { getIn } from './canvas/read-value.ts';
import { weightLabels } from '../core/diagram/edge-labels.ts';
import { backendWeightLabels } from './inspector/weight-labels.ts';

const services = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'v1', 'v2', 'solo', 'x', 'y']
  .map(
    (name) =>
      `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: shop\nspec:\n  ports:\n  - port: 80\n`,
  )
  .join('');

const DESIGN =
  dedent`
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: web
    namespace: shop
  spec:
    rules:
    - backendRefs:
      - {name: a, port: 80, weight: 3}
      - {name: b, port: 80}
    - backendRefs:
      - {name: c, port: 80, weight: 0}
      - {name: d, port: 80, weight: 0}
    - backendRefs:
      - {name: e, port: 80, weight: 0}
    - backendRefs:
      - {name: f, port: 80, weight: 7}
      - {name: g, port: 80, weight: 13}
      - {name: h, port: 80, weight: 1}
  ---
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata:
    name: reviews
    namespace: shop
  spec:
    hosts: [reviews]
    http:
    - route:
      - destination: {host: v1}
        weight: 90
      - destination: {host: v2}
    tcp:
    - route:
      - destination: {host: solo}
        weight: 0
    tls:
    - match:
      - sniHosts: [reviews.example.com]
      route:
      - destination: {host: x}
        weight: 60
      - destination: {host: y}
        weight: 30
` + services;

describe('every view reads shares from the traffic model', () => {
  const design = createDesign([{ name: 'design.yaml', text: DESIGN }]);
  const graph = buildGraph(design);
  const canvas = weightLabels(graph);
  const analysis = analyzeDesign(design);
  const rules = design.resources.flatMap((r) =>
    trafficRules(r).map((rule) => ({ resource: r, rule })),
  );
  const backends = rules.flatMap(({ resource, rule }) =>
    backendShares(rule).map((b) => ({ resource, rule, ...b })),
  );

  it('canvas edge labels show the model share (none for the only backend of a rule that gets it all)', () => {
    for (const b of backends) {
      const edge = graph.edges.find(
        (e) =>
          (e.type === 'backend' || e.type === 'destination') &&
          e.source.resource === b.resource.key &&
          formatPath(e.source.path).startsWith(formatPath(b.path)),
      );
      expect(edge, formatPath(b.path)).toBeDefined();
      const everything = b.share === 1 && backendShares(b.rule).length === 1;
      expect(canvas.get(edge!.id)?.text).toBe(everything ? undefined : formatShare(b.share));
    }
  });

  it('the inspector labels show the same shares', () => {
    for (const { resource, rule } of rules) {
      const list = getIn(
        resource.value,
        rule.family === 'istio' ? [...rule.path, 'route'] : [...rule.path, 'backendRefs'],
      );
      const { labels } = backendWeightLabels(rule.family, list);
      expect(labels).toEqual(backendShares(rule).map((b) => `Weight (${formatShare(b.share)})`));
    }
  });

  it('lint flags exactly the backends whose share is 0', () => {
    const flagged = analysis.diagnostics
      .filter((d) => d.code === 'backend-zero-weight')
      .map((d) => d.path)
      .sort();
    const zero = backends
      .filter((b) => b.share === 0)
      .map((b) => formatPath(b.path))
      .sort();
    expect(flagged).toEqual(zero);
  });

  it('the Istio analyzer states the split the model computes', () => {
    const messages = analysis.diagnostics
      .filter((d) => d.code === 'vs-weights-not-100')
      .map((d) => d.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('v1 100%, v2 0%');
    expect(messages[1]).toContain('x 66.7%, y 33.3%');
  });

  it('gives the shares each family defines', () => {
    const shares = (path: string) => backends.find((b) => formatPath(b.path) === path)!.share;
    // Istio [90, <none>]: an unset weight is 0 beside other destinations.
    expect([shares('spec.http[0].route[0]'), shares('spec.http[0].route[1]')]).toEqual([1, 0]);
    // Istio: a single destination gets everything, whatever its weight.
    expect(shares('spec.tcp[0].route[0]')).toBe(1);
    // Gateway API: relative weights, default 1; all-zero sends nothing.
    expect([
      shares('spec.rules[0].backendRefs[0]'),
      shares('spec.rules[0].backendRefs[1]'),
    ]).toEqual([0.75, 0.25]);
    expect(shares('spec.rules[1].backendRefs[0]') + shares('spec.rules[1].backendRefs[1]')).toBe(0);
    expect(shares('spec.rules[2].backendRefs[0]')).toBe(0);
  });
});
