import { describe, expect, it } from 'vitest';
import { analyzeYaml, codesOf, conditionsOf, statusOf } from '../test-support.ts';

const service = (namespace: string) => `---
apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: ${namespace}
spec:
  ports:
  - port: 8080
`;

function route(backend: string): string {
  return `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: r
  namespace: apps
spec:
  parentRefs:
  - group: ""
    kind: Service
    name: api
  rules:
  - backendRefs:
${backend}`;
}

const grant = `---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata:
  name: g
  namespace: backends
spec:
  from:
  - group: gateway.networking.k8s.io
    kind: HTTPRoute
    namespace: apps
  to:
  - group: ""
    kind: Service
    name: api
`;

function resolved(yaml: string): string {
  return conditionsOf(statusOf(analyzeYaml(yaml), 'HTTPRoute', 'r').parents![0]!.conditions)[1]!;
}

describe('backend references (ResolvedRefs)', () => {
  it('resolves a Service and port in the design', () => {
    const yaml = route('    - name: api\n      port: 8080\n') + service('apps');
    expect(codesOf(analyzeYaml(yaml))).toEqual([]);
    expect(resolved(yaml)).toBe('ResolvedRefs=True/ResolvedRefs');
  });

  it('reports a port the Service does not expose', () => {
    const yaml = route('    - name: api\n      port: 9090\n') + service('apps');
    expect(codesOf(analyzeYaml(yaml))).toEqual(['backend-port-not-found']);
    expect(resolved(yaml)).toBe('ResolvedRefs=False/BackendNotFound');
  });

  it('warns about a Service not in the design (error with missingAsError)', () => {
    const yaml = route('    - name: other\n      port: 80\n') + service('apps');
    expect(codesOf(analyzeYaml(yaml), 'warning')).toEqual(['backend-not-found']);
    expect(codesOf(analyzeYaml(yaml, { missingAsError: true }), 'error')).toEqual([
      'backend-not-found',
    ]);
    expect(resolved(yaml)).toBe('ResolvedRefs=False/BackendNotFound');
  });

  it('needs a ReferenceGrant for a backend in another namespace', () => {
    const yaml =
      route('    - name: api\n      namespace: backends\n      port: 8080\n') +
      service('apps') +
      service('backends');
    expect(codesOf(analyzeYaml(yaml))).toEqual(['ref-not-permitted']);
    expect(resolved(yaml)).toBe('ResolvedRefs=False/RefNotPermitted');
    expect(codesOf(analyzeYaml(yaml + grant))).toEqual([]);
    expect(codesOf(analyzeYaml(yaml + grant.replace('name: api', 'name: other')))).toEqual([
      'ref-not-permitted',
    ]);
  });

  it('reports InvalidKind for kinds other than Service, as a warning', () => {
    const yaml =
      route('    - group: example.com\n      kind: Bucket\n      name: b\n') + service('apps');
    expect(codesOf(analyzeYaml(yaml), 'warning')).toEqual(['backend-kind-unsupported']);
    expect(resolved(yaml)).toBe('ResolvedRefs=False/InvalidKind');
  });

  it('checks RequestMirror targets too', () => {
    const yaml =
      route(
        '    - name: api\n      port: 8080\n    filters:\n    - type: RequestMirror\n      requestMirror:\n        backendRef:\n          name: shadow\n          port: 80\n',
      ) + service('apps');
    const result = analyzeYaml(yaml);
    expect(result.diagnostics.map((d) => d.path)).toEqual([
      'spec.rules[0].filters[0].requestMirror.backendRef',
    ]);
  });
});
