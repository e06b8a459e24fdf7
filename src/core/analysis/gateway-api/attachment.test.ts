import { describe, expect, it } from 'vitest';
import { analyzeYaml, codesOf, conditionsOf, gatewayYaml, statusOf } from '../test-support.ts';

const namespaces = `---
apiVersion: v1
kind: Namespace
metadata:
  name: infra
---
apiVersion: v1
kind: Namespace
metadata:
  name: apps
  labels:
    shared-gateway: "true"
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: apps
spec:
  ports:
  - port: 80
`;

function route(parentRef: string, extra = '', kind = 'HTTPRoute'): string {
  return `---
apiVersion: gateway.networking.k8s.io/v1
kind: ${kind}
metadata:
  name: r
  namespace: apps
spec:
  parentRefs:
  - name: gw
    namespace: infra
${parentRef}${extra}  rules:
  - backendRefs:
    - name: web
      port: 80
`;
}

function accepted(yaml: string, kind = 'HTTPRoute'): string[] {
  const result = analyzeYaml(yaml);
  return conditionsOf(statusOf(result, kind, 'r').parents![0]!.conditions);
}

const allNamespaces = `  - name: http
    protocol: HTTP
    port: 80
    allowedRoutes:
      namespaces:
        from: All
`;

describe('route attachment to Gateway listeners', () => {
  it('accepts a route allowed by a listener and counts it', () => {
    const result = analyzeYaml(gatewayYaml(allNamespaces) + namespaces + route(''));
    expect(codesOf(result)).toEqual([]);
    const parent = statusOf(result, 'HTTPRoute', 'r').parents![0]!;
    expect(parent.parentRef).toEqual({
      group: 'gateway.networking.k8s.io',
      kind: 'Gateway',
      namespace: 'infra',
      name: 'gw',
    });
    expect(conditionsOf(parent.conditions)).toEqual([
      'Accepted=True/Accepted',
      'ResolvedRefs=True/ResolvedRefs',
    ]);
    expect(statusOf(result, 'Gateway', 'gw').listeners![0]!.attachedRoutes).toBe(1);
  });

  it('refuses routes from other namespaces by default (from: Same) and says which listener', () => {
    const yaml =
      gatewayYaml('  - name: http\n    protocol: HTTP\n    port: 80\n') + namespaces + route('');
    const result = analyzeYaml(yaml);
    expect(accepted(yaml)).toContain('Accepted=False/NotAllowedByListeners');
    const d = result.diagnostics.find((x) => x.code === 'route-not-allowed-by-listeners')!;
    expect(d.message).toMatch(/listener http .* only allows routes from its own namespace infra/);
    expect(d.path).toBe('spec.parentRefs[0]');
    expect(d.range?.start.line).toBeGreaterThan(1);
  });

  it('admits namespaces by selector, including the kubernetes.io/metadata.name label', () => {
    const selector = (labels: string) => `  - name: http
    protocol: HTTP
    port: 80
    allowedRoutes:
      namespaces:
        from: Selector
        selector:
          matchLabels:
            ${labels}
`;
    expect(
      accepted(gatewayYaml(selector('shared-gateway: "true"')) + namespaces + route(''))[0],
    ).toBe('Accepted=True/Accepted');
    expect(
      accepted(
        gatewayYaml(selector('kubernetes.io/metadata.name: apps')) + namespaces + route(''),
      )[0],
    ).toBe('Accepted=True/Accepted');
    expect(accepted(gatewayYaml(selector('team: other')) + namespaces + route(''))[0]).toBe(
      'Accepted=False/NotAllowedByListeners',
    );
  });

  it('refuses route kinds the listener protocol cannot carry', () => {
    const yaml =
      gatewayYaml(allNamespaces) +
      namespaces +
      route('', '', 'TCPRoute').replace('      port: 80\n', '      port: 80\n');
    expect(accepted(yaml, 'TCPRoute')[0]).toBe('Accepted=False/NotAllowedByListeners');
    expect(
      analyzeYaml(yaml).diagnostics.find((d) => d.code === 'route-not-allowed-by-listeners')
        ?.message,
    ).toMatch(/accepts HTTPRoute, GRPCRoute, not TCPRoute/);
  });

  it('honours allowedRoutes.kinds', () => {
    const listeners = allNamespaces + '      kinds:\n      - kind: GRPCRoute\n';
    expect(accepted(gatewayYaml(listeners) + namespaces + route(''))[0]).toBe(
      'Accepted=False/NotAllowedByListeners',
    );
  });

  it('reports NoMatchingParent for an unknown sectionName or port', () => {
    const base = gatewayYaml(allNamespaces) + namespaces;
    expect(accepted(base + route('    sectionName: https\n'))[0]).toBe(
      'Accepted=False/NoMatchingParent',
    );
    expect(accepted(base + route('    port: 8080\n'))[0]).toBe('Accepted=False/NoMatchingParent');
    expect(accepted(base + route('    sectionName: http\n    port: 80\n'))[0]).toBe(
      'Accepted=True/Accepted',
    );
  });

  it('requires intersecting hostnames, with wildcards per the spec', () => {
    const listener = (hostname: string) => allNamespaces + `    hostname: "${hostname}"\n`;
    const hostnames = (h: string) => `  hostnames:\n  - "${h}"\n`;
    const base = namespaces;
    expect(
      accepted(
        gatewayYaml(listener('*.example.com')) + base + route('', hostnames('foo.example.com')),
      )[0],
    ).toBe('Accepted=True/Accepted');
    expect(
      accepted(
        gatewayYaml(listener('foo.example.com')) + base + route('', hostnames('*.example.com')),
      )[0],
    ).toBe('Accepted=True/Accepted');
    expect(
      accepted(
        gatewayYaml(listener('*.example.com')) + base + route('', hostnames('example.com')),
      )[0],
    ).toBe('Accepted=False/NoMatchingListenerHostname');
    expect(
      accepted(
        gatewayYaml(listener('foo.example.com')) + base + route('', hostnames('bar.example.com')),
      )[0],
    ).toBe('Accepted=False/NoMatchingListenerHostname');
  });

  it('warns, not errs, when the parent Gateway is not in the design', () => {
    const result = analyzeYaml(namespaces + route(''));
    expect(codesOf(result)).toEqual(['parent-not-found']);
    expect(result.diagnostics[0]!.severity).toBe('warning');
    expect(codesOf(analyzeYaml(namespaces + route(''), { missingAsError: true }), 'error')).toEqual(
      ['parent-not-found'],
    );
  });

  it('attaches mesh routes to a Service parent', () => {
    const yaml =
      namespaces +
      route('').replace(
        '  - name: gw\n    namespace: infra\n',
        '  - group: ""\n    kind: Service\n    name: web\n',
      );
    const result = analyzeYaml(yaml);
    expect(codesOf(result)).toEqual([]);
    expect(conditionsOf(statusOf(result, 'HTTPRoute', 'r').parents![0]!.conditions)[0]).toBe(
      'Accepted=True/Accepted',
    );
  });
});

describe('ListenerSets', () => {
  const set = (namespace: string) => `---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata:
  name: extra
  namespace: ${namespace}
spec:
  parentRef:
    name: gw
    namespace: infra
  listeners:
  - name: https
    protocol: HTTPS
    port: 443
    hostname: app.example.com
    tls:
      certificateRefs:
      - name: cert
---
apiVersion: v1
kind: Secret
metadata:
  name: cert
  namespace: ${namespace}
type: kubernetes.io/tls
`;
  const allowSelector = `  allowedListeners:
    namespaces:
      from: Selector
      selector:
        matchLabels:
          shared-gateway: "true"
`;

  it('is accepted when allowedListeners admits its namespace', () => {
    const result = analyzeYaml(
      gatewayYaml(allNamespaces, allowSelector) + namespaces + set('apps'),
    );
    expect(codesOf(result)).toEqual([]);
    expect(conditionsOf(statusOf(result, 'ListenerSet', 'extra').conditions)).toEqual([
      'Accepted=True/Accepted',
      'Programmed=True/Programmed',
    ]);
  });

  it('is NotAllowed by default, and routes to it are not accepted', () => {
    const routeToSet = route('').replace(
      '  - name: gw\n    namespace: infra\n',
      '  - name: extra\n    kind: ListenerSet\n',
    );
    const result = analyzeYaml(gatewayYaml(allNamespaces) + namespaces + set('apps') + routeToSet);
    expect(conditionsOf(statusOf(result, 'ListenerSet', 'extra').conditions)[0]).toBe(
      'Accepted=False/NotAllowed',
    );
    expect(codesOf(result)).toEqual(['listenerset-not-allowed', 'route-parent-not-accepted']);
    expect(result.diagnostics.find((d) => d.code === 'listenerset-not-allowed')!.message).toMatch(
      /does not set allowedListeners/,
    );
  });

  it('lets routes attach to its listeners', () => {
    const routeToSet = route('').replace(
      '  - name: gw\n    namespace: infra\n',
      '  - name: extra\n    kind: ListenerSet\n',
    );
    const result = analyzeYaml(
      gatewayYaml(allNamespaces, allowSelector) + namespaces + set('apps') + routeToSet,
    );
    expect(codesOf(result)).toEqual([]);
    expect(statusOf(result, 'ListenerSet', 'extra').listeners![0]!.attachedRoutes).toBe(1);
    expect(statusOf(result, 'Gateway', 'gw').listeners![0]!.attachedRoutes).toBe(0);
  });
});
