import { describe, expect, it } from 'vitest';
import { HTTP_LISTENER, backendsOf, gatewayWith, simulateIn, whyOf } from './test-support.ts';
import { modifyPath } from './redirect.ts';

const HTTPS = `  - name: https
    protocol: HTTPS
    port: 443
    tls: {certificateRefs: [{name: cert}]}
    allowedRoutes: {namespaces: {from: All}}
  - name: alt
    protocol: HTTP
    port: 8080
    allowedRoutes: {namespaces: {from: All}}
`;

function routeWith(rules: string, namespace = 'shop'): string {
  return `---
apiVersion: v1
kind: Secret
metadata: {name: cert, namespace: infra}
type: kubernetes.io/tls
data: {tls.crt: "", tls.key: ""}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r, namespace: ${namespace}}
spec:
  parentRefs: [{name: gw, namespace: infra}]
  rules:
${rules}`;
}

const design = (rules: string, services = ['shop/a', 'shop/b', 'shop/shadow']) =>
  gatewayWith(HTTP_LISTENER + HTTPS, services) + routeWith(rules);

function redirect(filter: string, match = '{path: {type: PathPrefix, value: /old}}'): string {
  return `  - matches: [${match}]
    filters:
    - type: RequestRedirect
      requestRedirect: ${filter}
`;
}

describe('RequestRedirect', () => {
  const location = (filter: string, line: string, match?: string) =>
    simulateIn(design(redirect(filter, match)), 'infra/gw', line).redirect;

  it('keeps the request scheme, host, path and query and answers 302 by default', () => {
    expect(location('{}', 'GET http://shop.example.com/old/x?a=1')).toEqual({
      location: 'http://shop.example.com/old/x?a=1',
      statusCode: 302,
    });
  });

  it('uses the listener port when no scheme is given, leaving out 80 for http and 443 for https', () => {
    expect(location('{hostname: new.example.com}', 'GET http://h:8080/old')?.location).toBe(
      'http://new.example.com:8080/old',
    );
    expect(location('{statusCode: 301}', 'GET https://h/old')).toEqual({
      location: 'https://h/old',
      statusCode: 301,
    });
  });

  it("uses the scheme's well-known port when a scheme is given, unless a port is", () => {
    expect(location('{scheme: https}', 'GET http://h:8080/old')?.location).toBe('https://h/old');
    expect(location('{scheme: https, port: 8443}', 'GET http://h/old')?.location).toBe(
      'https://h:8443/old',
    );
    expect(location('{scheme: http}', 'GET https://h/old')?.location).toBe('http://h/old');
  });

  it('replaces the full path or the matched prefix', () => {
    expect(
      location('{path: {type: ReplaceFullPath, replaceFullPath: /new}}', 'GET http://h/old/x')
        ?.location,
    ).toBe('http://h/new');
    expect(
      location('{path: {type: ReplacePrefixMatch, replacePrefixMatch: /new}}', 'GET http://h/old/x')
        ?.location,
    ).toBe('http://h/new/x');
  });

  it('gives the redirect status as the answer', () => {
    const answer = simulateIn(
      design(redirect('{statusCode: 308}')),
      'infra/gw',
      'GET http://h/old',
    );
    expect(answer).toMatchObject({ outcome: 'redirect', statusCode: 308 });
    expect(whyOf(answer)).toMatch(/RequestRedirect answers 308 with Location http:\/\/h\/old/);
  });
});

describe('ReplacePrefixMatch, as the spec table gives it', () => {
  it.each([
    ['/foo/bar', '/foo', '/xyz', '/xyz/bar'],
    ['/foo/bar', '/foo', '/xyz/', '/xyz/bar'],
    ['/foo/bar', '/foo/', '/xyz', '/xyz/bar'],
    ['/foo/bar', '/foo/', '/xyz/', '/xyz/bar'],
    ['/foo', '/foo', '/xyz', '/xyz'],
    ['/foo/', '/foo', '/xyz', '/xyz/'],
    ['/foo/bar', '/', '', '/foo/bar'],
    ['/foo/', '/', '', '/foo/'],
    ['/foo', '/', '/', '/foo'],
    ['/strip/three', '/strip', '/', '/three'],
    ['/strip', '/strip', '/', '/'],
  ])('%s with prefix %s and %s gives %s', (path, prefix, replacement, expected) => {
    expect(modifyPath(path, { type: 'ReplacePrefixMatch', value: replacement }, prefix)).toBe(
      expected,
    );
  });
});

describe('URLRewrite and header modifiers', () => {
  const rules = `  - matches: [{path: {type: PathPrefix, value: /api}}]
    filters:
    - type: URLRewrite
      urlRewrite:
        hostname: internal.svc
        path: {type: ReplacePrefixMatch, replacePrefixMatch: /v1}
    - type: RequestHeaderModifier
      requestHeaderModifier:
        set: [{name: X-Env, value: prod}]
        add: [{name: x-trace, value: gw}]
        remove: [x-secret]
    - type: ResponseHeaderModifier
      responseHeaderModifier:
        add: [{name: X-Served-By, value: gw}]
    backendRefs: [{name: a, port: 80}]
`;

  it('rewrites host and path and changes headers in order, keeping the request names', () => {
    const answer = simulateIn(
      design(rules),
      'infra/gw',
      'GET http://shop.example.com/api/items?x=1',
      ['x-env: dev', 'X-Trace: client', 'x-secret: s', 'Accept: */*'],
    );
    expect(answer.backendRequest).toEqual({
      method: 'GET',
      scheme: 'http',
      host: 'internal.svc',
      path: '/v1/items?x=1',
      headers: { 'x-env': 'prod', 'X-Trace': 'client,gw', Accept: '*/*' },
    });
    expect(answer.responseHeaders).toEqual({ 'X-Served-By': 'gw' });
  });
});

describe('RequestMirror', () => {
  const mirror = (extra: string) => `  - filters:
    - type: RequestMirror
      requestMirror:
        backendRef: {name: shadow, port: 80}
${extra}    backendRefs: [{name: a, port: 80}]
`;

  it('mirrors every request unless a percent or fraction is given', () => {
    expect(simulateIn(design(mirror('')), 'infra/gw', 'GET http://h/').mirrors).toEqual([
      { kind: 'Service', namespace: 'shop', name: 'shadow', port: 80, percent: 100 },
    ]);
    expect(
      simulateIn(design(mirror('        percent: 25\n')), 'infra/gw', 'GET http://h/').mirrors[0]
        ?.percent,
    ).toBe(25);
    expect(
      simulateIn(
        design(mirror('        fraction: {numerator: 1, denominator: 8}\n')),
        'infra/gw',
        'GET http://h/',
      ).mirrors[0]?.percent,
    ).toBe(12.5);
    expect(
      simulateIn(design(mirror('        fraction: {numerator: 3}\n')), 'infra/gw', 'GET http://h/')
        .mirrors[0]?.percent,
    ).toBe(3);
  });

  it('sends no copies to a mirror that does not resolve', () => {
    const answer = simulateIn(design(mirror(''), ['shop/a']), 'infra/gw', 'GET http://h/');
    expect(answer.mirrors).toEqual([]);
    expect(whyOf(answer)).toMatch(/No copies go to Service shop\/shadow:80/);
  });
});

describe('backends and their failures', () => {
  it('splits by relative weights, the default weight being 1', () => {
    const answer = simulateIn(
      design('  - backendRefs: [{name: a, port: 80, weight: 3}, {name: b, port: 80}]\n'),
      'infra/gw',
      'GET http://h/',
    );
    expect(backendsOf(answer)).toEqual(['shop/a 75', 'shop/b 25']);
  });

  it('answers 500 for the share of a backend that does not resolve', () => {
    const answer = simulateIn(
      design('  - backendRefs: [{name: a, port: 80}, {name: gone, port: 80}]\n'),
      'infra/gw',
      'GET http://h/',
    );
    expect(answer.outcome).toBe('backend');
    expect(backendsOf(answer)).toEqual(['shop/a 50', 'shop/gone 50 500']);
    expect(whyOf(answer)).toMatch(
      /50% of requests get 500: Backend Service shop\/gone is not in this design/,
    );
  });

  it('answers 500 when every backend is invalid, has weight 0, or there is none', () => {
    expect(
      simulateIn(
        design('  - backendRefs: [{name: gone, port: 80}]\n'),
        'infra/gw',
        'GET http://h/',
      ),
    ).toMatchObject({ outcome: 'error', statusCode: 500, reason: 'backend-invalid' });
    expect(
      simulateIn(
        design(
          '  - backendRefs: [{name: a, port: 80, weight: 0}, {name: b, port: 80, weight: 0}]\n',
        ),
        'infra/gw',
        'GET http://h/',
      ),
    ).toMatchObject({ outcome: 'error', statusCode: 500, reason: 'all-weights-zero' });
    expect(
      simulateIn(
        design('  - matches: [{path: {type: PathPrefix, value: /}}]\n'),
        'infra/gw',
        'GET http://h/',
      ),
    ).toMatchObject({ outcome: 'error', statusCode: 500, reason: 'no-backends' });
  });

  it('answers 500 for a cross-namespace backend no ReferenceGrant permits, and routes once one does', () => {
    const rules = '  - backendRefs: [{name: bill, namespace: billing, port: 80}]\n';
    const base = design(rules, ['billing/bill']);
    expect(simulateIn(base, 'infra/gw', 'GET http://h/')).toMatchObject({
      outcome: 'error',
      statusCode: 500,
    });
    const grant = `---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: shop-to-billing, namespace: billing}
spec:
  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: shop}]
  to: [{group: "", kind: Service}]
`;
    expect(backendsOf(simulateIn(base + grant, 'infra/gw', 'GET http://h/'))).toEqual([
      'billing/bill 100',
    ]);
  });

  it('reports timeouts, retries and implementation annotations as information', () => {
    const answer = simulateIn(
      design('  - backendRefs: [{name: a, port: 80}]\n    timeouts: {request: 8s}\n'),
      'infra/gw',
      'GET http://h/',
    );
    expect(whyOf(answer)).toMatch(/info: Timeouts: request 8s/);
  });
});
