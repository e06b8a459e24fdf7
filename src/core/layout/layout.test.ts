import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../graph/types.ts';
import { countCrossings } from './crossings.ts';
import { layoutGraph, type NodeBox } from './layout.ts';
import { edge, graphOf, part, resource } from './testing.ts';

function overlaps(a: NodeBox, b: NodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutGraph', () => {
  it('puts roles in column order, parts inside their resource', () => {
    const cls = resource('GatewayClass', undefined, 'cls');
    const gw = resource('Gateway', 'infra', 'gw');
    const listener = part(gw, 'listener', 'http');
    const route = resource('HTTPRoute', 'app', 'route');
    const rule = part(route, 'rule', '0');
    const svc = resource('Service', 'app', 'svc');
    const istioGw = resource('IstioGateway', 'istio', 'igw');
    const vs = resource('VirtualService', 'app', 'vs');
    const dr = resource('DestinationRule', 'app', 'dr');
    const grant = resource('ReferenceGrant', 'app', 'grant');
    const graph = graphOf(
      [svc, rule, route, listener, gw, cls, istioGw, vs, dr, grant],
      [
        edge(gw, cls, 'gateway-class'),
        edge(route, listener, 'parent-ref'),
        edge(rule, svc, 'backend'),
        edge(vs, istioGw, 'istio-gateway'),
        edge(vs, svc, 'destination'),
        edge(dr, svc, 'destination-rule-host'),
        edge(grant, svc, 'grant-to'),
      ],
    );
    // The class and the grant expanded: the person asked to see them as nodes.
    const layout = layoutGraph(graph, undefined, { expanded: new Set([cls.id, grant.id]) });
    expect([...layout.keys()].sort()).toEqual(
      [cls, gw, route, svc, istioGw, vs, dr, grant].map((n) => n.id).sort(),
    );
    const x = (n: GraphNode) => layout.get(n.id)!.x;
    expect(x(cls)).toBeLessThan(x(gw));
    expect(x(gw)).toBe(x(istioGw));
    expect(x(gw)).toBeLessThan(x(route));
    expect(x(route)).toBe(x(vs));
    expect(x(vs)).toBeLessThan(x(dr));
    expect(x(dr)).toBe(x(svc));
    expect(x(svc)).toBeLessThan(x(grant));
    // Collapsed, they are chips on what they serve and take no column.
    const compact = layoutGraph(graph);
    expect(compact.has(cls.id)).toBe(false);
    expect(compact.has(grant.id)).toBe(false);
    expect(compact.get(gw.id)!.x).toBe(0);
  });

  it('untangles crossed routes, down to the rows they attach to', () => {
    const gw = resource('Gateway', 'ns', 'gw');
    const listeners = ['a', 'b', 'c'].map((name, i) => part(gw, 'listener', name, i));
    // Names sort opposite to the listeners they attach to, so the first order crosses.
    const routes = ['r3', 'r2', 'r1'].map((name) => resource('HTTPRoute', 'ns', name));
    const graph = graphOf(
      [gw, ...listeners, ...routes],
      routes.map((r, i) => edge(r, listeners[i]!, 'parent-ref')),
    );
    const layout = layoutGraph(graph);
    expect(countCrossings(graph, layout)).toBe(0);
    const ys = routes.map((r) => layout.get(r.id)!.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('keeps the single unavoidable crossing of two routes on two gateways', () => {
    const gws = ['g1', 'g2'].map((n) => resource('Gateway', 'ns', n));
    const routes = ['r1', 'r2'].map((n) => resource('HTTPRoute', 'ns', n));
    const edges = routes.flatMap((r) => gws.map((g) => edge(r, g, 'parent-ref')));
    const graph = graphOf([...gws, ...routes], edges);
    expect(countCrossings(graph, layoutGraph(graph))).toBe(1);
  });

  it('stacks unrelated designs, so a long edge of one never crosses the other', () => {
    // Design a: a route two columns right of its Gateway (its edge skips the Secret column).
    const gwA = resource('Gateway', 'ns', 'b2-gw');
    const routeA = resource('HTTPRoute', 'ns', 'a-route');
    // Design b: two Gateways, named around a's, whose listeners share two Secrets.
    const gwsB = ['b1-gw', 'b3-gw'].map((n) => resource('Gateway', 'ns', n));
    const listeners = gwsB.flatMap((gw) => ['l0', 'l1'].map((n, i) => part(gw, 'listener', n, i)));
    const secrets = ['s0', 's1'].map((name) => resource('Secret', 'ns', name));
    const graph = graphOf(
      [gwA, routeA, ...gwsB, ...listeners, ...secrets],
      [
        edge(routeA, gwA, 'parent-ref'),
        ...listeners.map((l, i) => edge(l, secrets[i % 2]!, 'certificate')),
      ],
    );
    const expanded = new Set(secrets.map((s) => s.id));
    const layout = layoutGraph(graph, undefined, { expanded });
    expect(countCrossings(graph, layout, { expanded })).toBe(1);
    const top = (nodes: GraphNode[]) => Math.min(...nodes.map((n) => layout.get(n.id)!.y));
    const bottom = (nodes: GraphNode[]) =>
      Math.max(...nodes.map((n) => layout.get(n.id)!.y + layout.get(n.id)!.height));
    const a = [gwA, routeA];
    const b = [...gwsB, ...secrets];
    expect(bottom(a) <= top(b) || bottom(b) <= top(a)).toBe(true);
  });

  it('gives a grant its own column right of the Namespace it names', () => {
    const namespaces = ['ns1', 'ns2'].map((n) => resource('Namespace', undefined, n));
    // Name order is opposite to the Namespaces they name: inside one column these links crossed.
    const grants = ['allow-a', 'allow-b'].map((n) => resource('ReferenceGrant', 'ns', n));
    const graph = graphOf(
      [...namespaces, ...grants],
      [
        edge(grants[0]!, namespaces[1]!, 'grant-from'),
        edge(grants[1]!, namespaces[0]!, 'grant-from'),
      ],
    );
    const layout = layoutGraph(graph);
    for (const grant of grants)
      expect(layout.get(grant.id)!.x).toBeGreaterThan(layout.get(namespaces[0]!.id)!.x);
    expect(countCrossings(graph, layout)).toBe(0);
  });

  it('is deterministic and never overlaps boxes (random graphs)', () => {
    const kinds = ['GatewayClass', 'Gateway', 'HTTPRoute', 'Service', 'Secret', 'Widget'] as const;
    const arbGraph = fc
      .record({
        nodes: fc.array(
          fc.record({
            kind: fc.constantFrom(...kinds),
            ns: fc.constantFrom('a', 'b'),
            rows: fc.nat(3),
          }),
          {
            minLength: 1,
            maxLength: 25,
          },
        ),
        edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(3), fc.nat(3)), { maxLength: 40 }),
      })
      .map(({ nodes, edges }) => {
        const boxes = nodes.map((n, i) => resource(n.kind, n.ns, `n${i}`));
        const rows = boxes.map((b, i) =>
          Array.from({ length: nodes[i]!.rows }, (_, r) => part(b, 'rule', String(r), r)),
        );
        const pick = (i: number, row: number) => {
          const b = i % boxes.length;
          return rows[b]![row] ?? boxes[b]!;
        };
        const graphEdges: GraphEdge[] = edges.map(([a, b, ra, rb]) =>
          edge(pick(a, ra), pick(b, rb), 'backend'),
        );
        return graphOf([...boxes, ...rows.flat()], graphEdges);
      });
    fc.assert(
      fc.property(arbGraph, (graph) => {
        const layout = layoutGraph(graph);
        expect(layoutGraph(graph)).toEqual(layout);
        const placed = [...layout.values()];
        expect(placed.length).toBe(graph.nodes.filter((n) => n.parent === undefined).length);
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) {
            expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('uses given sizes instead of estimates', () => {
    const svc = resource('Service', 'ns', 'svc');
    const layout = layoutGraph(graphOf([svc], []), new Map([[svc.id, { width: 10, height: 20 }]]));
    expect(layout.get(svc.id)).toEqual({ x: 0, y: 0, width: 10, height: 20 });
  });
});
