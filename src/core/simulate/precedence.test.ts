import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/dedent.ts';
import { HTTP_LISTENER, gatewayWith, simulateIn, whyOf, winnerOf } from './test-support.ts';

const SERVICES = ['shop/a', 'shop/b', 'shop/c'];

/** An HTTPRoute in `shop` on `infra/gw` with the given hostnames and rules YAML. */
function route(
  name: string,
  rules: string,
  options: { hostnames?: string[]; created?: string } = {},
): string {
  const hosts = options.hostnames
    ? `  hostnames: [${options.hostnames.map((h) => JSON.stringify(h)).join(', ')}]\n`
    : '';
  const created = options.created ? `  creationTimestamp: "${options.created}"\n` : '';
  return `---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: ${name}
  namespace: shop
${created}spec:
  parentRefs:
  - name: gw
    namespace: infra
${hosts}  rules:
${rules}`;
}

const rule = (match: string, backend: string) => `  - matches:
    - ${match}
    backendRefs:
    - name: ${backend}
      port: 80
`;

const design = (...routes: string[]) => gatewayWith(HTTP_LISTENER, SERVICES) + routes.join('');

describe('HTTPRoute precedence across routes on a listener', () => {
  it('prefers the route with the most specific matching hostname', () => {
    const d = design(
      route('wild', rule('path: {type: PathPrefix, value: /}', 'a'), {
        hostnames: ['*.example.com'],
      }),
      route('exact', rule('path: {type: PathPrefix, value: /}', 'b'), {
        hostnames: ['shop.example.com'],
      }),
      route('longer', rule('path: {type: PathPrefix, value: /}', 'c'), {
        hostnames: ['*.eu.example.com'],
      }),
    );
    const exact = simulateIn(d, 'infra/gw', 'GET http://shop.example.com/');
    expect(winnerOf(exact)).toBe('HTTPRoute shop/exact 0.0');
    expect(whyOf(exact)).toMatch(
      /hostname shop\.example\.com is more specific than \*\.(eu\.)?example\.com/,
    );
    expect(winnerOf(simulateIn(d, 'infra/gw', 'GET http://x.eu.example.com/'))).toBe(
      'HTTPRoute shop/longer 0.0',
    );
    expect(winnerOf(simulateIn(d, 'infra/gw', 'GET http://x.example.com/'))).toBe(
      'HTTPRoute shop/wild 0.0',
    );
  });

  it('ranks an Exact path above any PathPrefix, then the longest prefix', () => {
    const d = design(
      route(
        'r',
        rule('path: {type: PathPrefix, value: /api}', 'a') +
          rule('path: {type: Exact, value: /api/v1}', 'b') +
          rule('path: {type: PathPrefix, value: /api/v1}', 'c'),
      ),
    );
    const exact = simulateIn(d, 'infra/gw', 'GET http://h/api/v1');
    expect(winnerOf(exact)).toBe('HTTPRoute shop/r 1.0');
    expect(exact.runnerUp?.decidedBy).toBe('path');
    expect(whyOf(exact)).toMatch(/an Exact \/api\/v1 match ranks above PathPrefix \/api\/v1/);
    const longest = simulateIn(d, 'infra/gw', 'GET http://h/api/v1/items');
    expect(winnerOf(longest)).toBe('HTTPRoute shop/r 2.0');
    expect(whyOf(longest)).toMatch(
      /longer prefix \/api\/v1 \(7 characters\) ranks above \/api \(4\)/,
    );
  });

  it('then a method match, then the number of header and of query matches', () => {
    const d = design(
      route(
        'r',
        rule('path: {type: PathPrefix, value: /}', 'a') +
          rule('{path: {type: PathPrefix, value: /}, method: POST}', 'b') +
          rule('{path: {type: PathPrefix, value: /}, headers: [{name: x-a, value: "1"}]}', 'c'),
      ),
      route(
        'q',
        rule(
          '{path: {type: PathPrefix, value: /}, headers: [{name: x-a, value: "1"}, {name: x-b, value: "2"}]}',
          'a',
        ) + rule('{path: {type: PathPrefix, value: /}, queryParams: [{name: v, value: "2"}]}', 'b'),
      ),
    );
    const post = simulateIn(d, 'infra/gw', 'POST http://h/', ['x-a: 1']);
    expect(winnerOf(post)).toBe('HTTPRoute shop/r 1.0');
    expect(post.runnerUp?.decidedBy).toBe('method');
    const headers = simulateIn(d, 'infra/gw', 'GET http://h/', ['X-A: 1', 'x-b: 2']);
    expect(winnerOf(headers)).toBe('HTTPRoute shop/q 0.0');
    expect(whyOf(headers)).toMatch(/more header matches \(2 against 1\)/);
    const query = simulateIn(d, 'infra/gw', 'GET http://h/?v=2');
    expect(winnerOf(query)).toBe('HTTPRoute shop/q 1.0');
    expect(query.runnerUp?.decidedBy).toBe('query');
  });

  it('then the oldest route, then {namespace}/{name}, saying when the name decided', () => {
    const same = rule('path: {type: PathPrefix, value: /}', 'a');
    const older = simulateIn(
      design(
        route('aaa', same, { created: '2026-02-01T00:00:00Z' }),
        route('zzz', same, { created: '2026-01-01T00:00:00Z' }),
      ),
      'infra/gw',
      'GET http://h/',
    );
    expect(winnerOf(older)).toBe('HTTPRoute shop/zzz 0.0');
    expect(whyOf(older)).toMatch(/its route is older \(created 2026-01-01/);
    const named = simulateIn(
      design(route('zzz', same), route('aaa', same)),
      'infra/gw',
      'GET http://h/',
    );
    expect(winnerOf(named)).toBe('HTTPRoute shop/aaa 0.0');
    expect(named.runnerUp?.decidedBy).toBe('name');
    expect(whyOf(named)).toMatch(
      /no creationTimestamp .* decided by name: shop\/aaa sorts before shop\/zzz/,
    );
    // A route not yet created counts as newer than one that has a timestamp.
    const created = simulateIn(
      design(route('aaa', same), route('zzz', same, { created: '2026-01-01T00:00:00Z' })),
      'infra/gw',
      'GET http://h/',
    );
    expect(winnerOf(created)).toBe('HTTPRoute shop/zzz 0.0');
  });

  it('then rule order within a route', () => {
    const d = design(
      route(
        'r',
        rule('path: {type: PathPrefix, value: /x}', 'a') +
          rule('path: {type: PathPrefix, value: /x}', 'b'),
      ),
    );
    const answer = simulateIn(d, 'infra/gw', 'GET http://h/x');
    expect(winnerOf(answer)).toBe('HTTPRoute shop/r 0.0');
    expect(whyOf(answer)).toMatch(/rules\[0\] comes before rules\[1\]/);
  });

  it('orders RegularExpression paths by its documented order and says so', () => {
    const d = design(
      route(
        'r',
        rule('path: {type: PathPrefix, value: /api}', 'a') +
          rule('path: {type: RegularExpression, value: "/api/.*"}', 'b') +
          rule('path: {type: Exact, value: /api/x}', 'c'),
      ),
    );
    const regex = simulateIn(d, 'infra/gw', 'GET http://h/api/y');
    expect(winnerOf(regex)).toBe('HTTPRoute shop/r 1.0');
    expect(regex.runnerUp?.decidedBy).toBe('regex-order');
    expect(whyOf(regex)).toMatch(/Route Studio's RegularExpression order decided/);
    expect(winnerOf(simulateIn(d, 'infra/gw', 'GET http://h/api/x'))).toBe('HTTPRoute shop/r 2.0');
  });

  it('falls through to a less specific hostname when no rule of the specific one matches, with a note', () => {
    const d = design(
      route('exact', rule('path: {type: PathPrefix, value: /only}', 'a'), {
        hostnames: ['shop.example.com'],
      }),
      route('any', rule('path: {type: PathPrefix, value: /}', 'b')),
    );
    const answer = simulateIn(d, 'infra/gw', 'GET http://shop.example.com/other');
    expect(winnerOf(answer)).toBe('HTTPRoute shop/any 0.0');
    expect(whyOf(answer)).toMatch(/Envoy-based ones .* answer 404 instead/);
  });

  it('answers 404 when nothing matches, naming the nearest misses', () => {
    const d = design(route('r', rule('path: {type: Exact, value: /a}', 'a')));
    const answer = simulateIn(d, 'infra/gw', 'GET http://h/b');
    expect(answer).toMatchObject({ outcome: 'no-route', statusCode: 404 });
    expect(whyOf(answer)).toMatch(
      /rules\[0\]\.matches\[0\] \(Exact \/a\) does not match: path \/b is not Exact \/a/,
    );
  });
});

describe('HTTPRoute matches', () => {
  const d = design(
    route(
      'r',
      dedent`
        - matches:
          - path: {type: PathPrefix, value: /v2/}
          backendRefs: [{name: a, port: 80}]
        - matches:
          - path: {type: Exact, value: /exact}
          - headers: [{name: X-Mode, type: RegularExpression, value: "^b(eta)?$"}, {name: x-mode, value: ignored}]
          backendRefs: [{name: b, port: 80}]
        - matches:
          - queryParams: [{name: Debug, value: "on"}]
          backendRefs: [{name: c, port: 80}]
      `.replace(/^/gm, '  '),
    ),
  );
  const hit = (line: string, headers: string[] = []) =>
    winnerOf(simulateIn(d, 'infra/gw', line, headers));

  it('matches PathPrefix by whole path segments, ignoring a trailing slash in the prefix', () => {
    expect(hit('GET http://h/v2')).toBe('HTTPRoute shop/r 0.0');
    expect(hit('GET http://h/v2/x')).toBe('HTTPRoute shop/r 0.0');
    expect(hit('GET http://h/v2example')).toBe('none');
  });

  it('matches Exact paths exactly: a trailing slash is a different path', () => {
    expect(hit('GET http://h/exact')).toBe('HTTPRoute shop/r 1.0');
    expect(hit('GET http://h/exact/')).toBe('none');
  });

  it('matches header names case-insensitively, values by RE2, only the first entry per name', () => {
    expect(hit('GET http://h/', ['x-mode: beta'])).toBe('HTTPRoute shop/r 1.1');
    expect(hit('GET http://h/', ['X-MODE: b'])).toBe('HTTPRoute shop/r 1.1');
    expect(hit('GET http://h/', ['x-mode: ignored'])).toBe('none');
  });

  it('matches query parameter names case-sensitively', () => {
    expect(hit('GET http://h/?Debug=on')).toBe('HTTPRoute shop/r 2.0');
    expect(hit('GET http://h/?debug=on')).toBe('none');
  });
});
