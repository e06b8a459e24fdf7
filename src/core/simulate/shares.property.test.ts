import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trafficRules } from '../traffic/index.ts';
import { naiveSimulate } from './naive.ts';
import { buildRequest } from './request.ts';
import { simulate } from './simulate.ts';
import { HTTP_LISTENER, designOf, gatewayWith } from './test-support.ts';

const NAMES = ['a', 'b', 'c', 'd'];
const SERVICES = NAMES.map((n) => `shop/${n}`);
const weight = fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined });
const weights = fc.array(weight, { minLength: 1, maxLength: 4 });

function gatewayRoute(ws: readonly (number | undefined)[]): string {
  const refs = ws
    .map((w, i) => `{name: ${NAMES[i]}, port: 80${w === undefined ? '' : `, weight: ${w}`}}`)
    .join(', ');
  return `---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r, namespace: shop}
spec:
  parentRefs: [{name: gw, namespace: infra}]
  rules:
  - backendRefs: [${refs}]
`;
}

function virtualService(ws: readonly (number | undefined)[]): string {
  const services = NAMES.map(
    (n) =>
      `---\napiVersion: v1\nkind: Service\nmetadata: {name: ${n}, namespace: shop}\nspec: {ports: [{port: 80}]}\n`,
  ).join('');
  const route = ws
    .map(
      (w, i) =>
        `    - destination: {host: ${NAMES[i]}}${w === undefined ? '' : `\n      weight: ${w}`}`,
    )
    .join('\n');
  return `${services}---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: v, namespace: shop}
spec:
  hosts: [a]
  http:
  - route:
${route}
`;
}

describe('the simulator’s shares are the traffic model’s', () => {
  it('for Gateway API rules', () => {
    fc.assert(
      fc.property(weights, (ws) => {
        const design = designOf(gatewayWith(HTTP_LISTENER, SERVICES) + gatewayRoute(ws));
        const rule = trafficRules(
          design.byKey.get('gateway.networking.k8s.io/HTTPRoute/shop/r')!,
        )[0]!;
        const request = buildRequest({ url: 'http://h/' });
        if ('error' in request) throw new Error(request.error);
        const answer = simulate(
          design,
          { type: 'gateway', namespace: 'infra', name: 'gw' },
          request,
          { edges: false },
        );
        const shares =
          rule.family === 'gateway-api'
            ? rule.backends.filter((b) => b.share > 0).map((b) => [b.name, b.share])
            : [];
        expect(answer.backends.map((b) => [b.name, b.probability])).toEqual(shares);
        expect(answer.outcome === 'error' && answer.statusCode === 500).toBe(
          rule.split.noTraffic !== undefined,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('for Istio routes', () => {
    fc.assert(
      fc.property(weights, (ws) => {
        const design = designOf(virtualService(ws));
        const route = trafficRules(
          design.byKey.get('networking.istio.io/VirtualService/shop/v')!,
        )[0]!;
        const request = buildRequest({ url: 'http://a.shop/' });
        if ('error' in request) throw new Error(request.error);
        const answer = simulate(design, { type: 'mesh' }, request, { edges: false });
        const shares =
          route.family === 'istio'
            ? route.destinations.filter((d) => d.share > 0).map((d) => [d.host, d.share])
            : [];
        expect(answer.backends.map((b) => [b.name, b.probability])).toEqual(shares);
        expect(answer.statusCode === 503).toBe(route.split.noTraffic !== undefined);
      }),
      { numRuns: 60 },
    );
  });
});

const PATHS = ['/', '/api', '/api/v1', '/api/v1/x', '/static', '/apix'];
const HOSTS = ['shop.example.com', '*.example.com', 'api.example.com'];

const matchArb = fc.record({
  type: fc.constantFrom('Exact', 'PathPrefix', 'RegularExpression'),
  path: fc.constantFrom(...PATHS),
  method: fc.option(fc.constantFrom('GET', 'POST'), { nil: undefined }),
  header: fc.option(fc.constantFrom('x-a', 'x-b'), { nil: undefined }),
});
const routeArb = fc.record({
  hostnames: fc.subarray(HOSTS, { maxLength: 2 }),
  created: fc.option(fc.constantFrom('2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z'), {
    nil: undefined,
  }),
  rules: fc.array(fc.array(matchArb, { maxLength: 2 }), { minLength: 1, maxLength: 3 }),
});

type RandomRoute = typeof routeArb extends fc.Arbitrary<infer T> ? T : never;

function randomRoute(route: RandomRoute, i: number): string {
  const rules = route.rules
    .map((matches, r) => {
      const m = matches
        .map((x) => {
          const value =
            x.type === 'RegularExpression' ? `${x.path === '/' ? '' : x.path}/.*` : x.path;
          const parts = [`path: {type: ${x.type}, value: "${value}"}`];
          if (x.method) parts.push(`method: ${x.method}`);
          if (x.header) parts.push(`headers: [{name: ${x.header}, value: "1"}]`);
          return `{${parts.join(', ')}}`;
        })
        .join(', ');
      return `  - matches: [${m}]\n    backendRefs: [{name: ${NAMES[(i + r) % NAMES.length]}, port: 80}]\n`;
    })
    .join('');
  const created = route.created ? `, creationTimestamp: "${route.created}"` : '';
  const hosts = route.hostnames.length
    ? `  hostnames: [${route.hostnames.map((h) => `"${h}"`).join(', ')}]\n`
    : '';
  return `---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r${i}, namespace: shop${created}}\nspec:\n  parentRefs: [{name: gw, namespace: infra}]\n${hosts}  rules:\n${rules}`;
}

describe('the indexed simulator agrees with the naive one', () => {
  it('picks the same rule and match for random routes and requests', () => {
    fc.assert(
      fc.property(
        fc.array(routeArb, { minLength: 1, maxLength: 5 }),
        fc.array(
          fc.record({
            host: fc.constantFrom(
              'shop.example.com',
              'api.example.com',
              'x.example.com',
              'other.org',
            ),
            path: fc.constantFrom(...PATHS, '/api/v1/', '/static/a.css'),
            method: fc.constantFrom('GET', 'POST'),
            headers: fc.subarray(['x-a: 1', 'x-b: 1']),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (routes, requests) => {
          const design = designOf(
            gatewayWith(HTTP_LISTENER, SERVICES) + routes.map(randomRoute).join(''),
          );
          for (const r of requests) {
            const request = buildRequest({
              method: r.method,
              url: `http://${r.host}${r.path}`,
              headers: r.headers,
            });
            if ('error' in request) throw new Error(request.error);
            const entry = { type: 'gateway', namespace: 'infra', name: 'gw' } as const;
            const fast = simulate(design, entry, request, { edges: false });
            const slow = naiveSimulate(design, entry, request);
            expect([fast.route?.node, fast.route?.match]).toEqual([slow.rule, slow.match]);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
