import { describe, expect, it } from 'vitest';
import { analyzeYaml, codesOf, gatewayYaml } from '../test-support.ts';

const listeners = `  - name: http
    protocol: HTTP
    port: 80
  - name: https
    protocol: HTTPS
    port: 443
    tls:
      certificateRefs:
      - name: cert
`;

const support = `---
apiVersion: v1
kind: Secret
metadata:
  name: cert
  namespace: infra
type: kubernetes.io/tls
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: infra
spec:
  ports:
  - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: canary
  namespace: infra
spec:
  ports:
  - port: 80
`;

function route(name: string, rules: string, extra = ''): string {
  return `---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: ${name}
  namespace: infra
spec:
  parentRefs:
  - name: gw
${extra}  hostnames:
  - shop.example.com
  rules:
${rules}`;
}

const apiRule = (path: string, backend = 'web') => `  - matches:
    - path:
        type: PathPrefix
        value: ${path}
    backendRefs:
    - name: ${backend}
      port: 80
`;

const https = '    sectionName: https\n';
const design = (routes: string) => analyzeYaml(gatewayYaml(listeners) + support + routes);

function grpcRoute(name: string, rules: string): string {
  return route(name, rules, https)
    .replace('kind: HTTPRoute', 'kind: GRPCRoute')
    .replace('shop.example.com', 'grpc.example.com');
}

const grpcRule = (method: string, headers = '', backend = 'web') => `  - matches:
    - method:
${method}${headers}    backendRefs:
    - name: ${backend}
      port: 80
`;

const getUser = '        service: users.Users\n        method: GetUser\n';
const tenantHeader = '      headers:\n      - name: X-Tenant\n        value: a\n';

describe('design lint', () => {
  it('reports a rule shadowed by an earlier rule of the same route', () => {
    const result = design(route('a', apiRule('/api') + apiRule('/api/', 'canary'), https));
    expect(codesOf(result)).toEqual(['rule-shadowed']);
    expect(result.diagnostics[0]).toMatchObject({ path: 'spec.rules[1].matches[0]' });
    expect(result.diagnostics[0]!.message).toMatch(
      /rules\[0\].matches\[0\] of the same route .* first rule in list order wins/,
    );
    expect(
      codesOf(design(route('a', apiRule('/api') + apiRule('/api/v2', 'canary'), https))),
    ).toEqual([]);
  });

  it('reports matches shadowed by another route on the same listener and host, naming the winner', () => {
    const result = design(
      route('a', apiRule('/api'), https) + route('b', apiRule('/api', 'canary'), https),
    );
    expect(codesOf(result)).toEqual(['rule-shadowed']);
    expect(result.diagnostics[0]!.resource!.name).toBe('b');
    expect(result.diagnostics[0]!.message).toMatch(
      /HTTPRoute infra\/a .*older route wins.*alphabetically/,
    );
  });

  it('does not compare routes on different hosts', () => {
    const other = route('b', apiRule('/api', 'canary'), https).replace(
      'shop.example.com',
      'admin.example.com',
    );
    expect(codesOf(design(route('a', apiRule('/api'), https) + other))).toEqual([]);
  });

  it('reports a rule duplicated across routes', () => {
    expect(
      codesOf(design(route('a', apiRule('/api'), https) + route('b', apiRule('/api'), https))),
    ).toEqual(['duplicate-rule']);
  });

  it('reports backends that only ever get weight 0', () => {
    const split = `  - backendRefs:
    - name: web
      port: 80
      weight: 100
    - name: canary
      port: 80
      weight: 0
`;
    const result = design(route('a', split, https));
    expect(codesOf(result)).toEqual(['backend-zero-weight']);
    expect(result.diagnostics[0]!.message).toMatch(
      /canary.infra.svc.cluster.local never receives traffic/,
    );
    expect(
      codesOf(design(route('a', split, https) + route('b', apiRule('/x', 'canary'), https))),
    ).toEqual([]);
  });

  it('suggests an HTTPS redirect when a host is served over HTTP and HTTPS', () => {
    const both = route('a', apiRule('/'));
    expect(codesOf(design(both))).toEqual(['missing-https-redirect']);
    const redirect = route(
      'redirect',
      '  - filters:\n    - type: RequestRedirect\n      requestRedirect:\n        scheme: https\n',
      '    sectionName: http\n',
    );
    const secure = route('a', apiRule('/'), https);
    expect(codesOf(design(secure + redirect))).toEqual([]);
  });

  it('flags HTTPRoute regexes RE2 rejects', () => {
    const regex =
      "  - matches:\n    - path:\n        type: RegularExpression\n        value: '/(\\w+)/\\1'\n    backendRefs:\n    - name: web\n      port: 80\n";
    const result = design(route('a', regex, https));
    expect(codesOf(result)).toEqual(['invalid-regex']);
    expect(result.diagnostics[0]!.message).toMatch(/backreferences/);
  });

  it('reports a GRPCRoute rule shadowed by an identical earlier match of the same route', () => {
    const result = design(grpcRoute('a', grpcRule(getUser) + grpcRule(getUser, '', 'canary')));
    expect(codesOf(result)).toEqual(['rule-shadowed']);
    expect(result.diagnostics[0]).toMatchObject({ path: 'spec.rules[1].matches[0]' });
    expect(result.diagnostics[0]!.message).toMatch(
      /Exact users.Users\/GetUser.*rules\[0\].matches\[0\] of the same route.*GRPCRoute precedence/,
    );
  });

  it('does not report a GRPCRoute match that adds a header or names another method', () => {
    const withHeader = grpcRule(getUser) + grpcRule(getUser, tenantHeader, 'canary');
    expect(codesOf(design(grpcRoute('a', withHeader)))).toEqual([]);
    const otherMethod = grpcRule(getUser.replace('GetUser', 'ListUsers'), '', 'canary');
    expect(codesOf(design(grpcRoute('a', grpcRule(getUser) + otherMethod)))).toEqual([]);
    // A service-only match is broader than service+method, not the same requests.
    const serviceOnly = grpcRule('        service: users.Users\n', '', 'canary');
    expect(codesOf(design(grpcRoute('a', grpcRule(getUser) + serviceOnly)))).toEqual([]);
  });

  it('reports a GRPCRoute match shadowed by another GRPCRoute, naming the alphabetical winner', () => {
    const result = design(
      grpcRoute('a', grpcRule(getUser, tenantHeader)) +
        grpcRoute('b', grpcRule(getUser, tenantHeader, 'canary')),
    );
    expect(codesOf(result)).toEqual(['rule-shadowed']);
    expect(result.diagnostics[0]!.resource!.name).toBe('b');
    expect(result.diagnostics[0]!.message).toMatch(
      /host grpc.example.com .* GRPCRoute infra\/a .*older route wins.*alphabetically/,
    );
  });
});
