import { describe, expect, it } from 'vitest';
import { analyzeYaml, codesOf, conditionsOf, gatewayYaml, statusOf } from '../test-support.ts';

const listener = '  - name: http\n    protocol: HTTP\n    port: 80\n';
const config = `---
apiVersion: v1
kind: ConfigMap
metadata:
  name: params
  namespace: infra
data:
  replicas: "2"
`;

describe('parametersRef', () => {
  const gateway = (ref: string) =>
    gatewayYaml(listener, `  infrastructure:\n    parametersRef: ${ref}\n`) + config;

  it('accepts a Gateway whose parameters are in the design', () => {
    const result = analyzeYaml(gateway('{group: "", kind: ConfigMap, name: params}'));
    expect(codesOf(result)).toEqual([]);
    expect(conditionsOf(statusOf(result, 'Gateway', 'gw').conditions)[0]).toBe(
      'Accepted=True/Accepted',
    );
  });

  it('refuses a Gateway whose parameters are missing or of a routing kind', () => {
    const missing = analyzeYaml(gateway('{group: "", kind: ConfigMap, name: absent}'));
    expect(conditionsOf(statusOf(missing, 'Gateway', 'gw').conditions)).toEqual([
      'Accepted=False/InvalidParameters',
      'Programmed=False/Invalid',
    ]);
    expect(codesOf(missing, 'warning')).toEqual(['parameters-not-found']);
    const wrongKind = analyzeYaml(gateway('{group: "", kind: Service, name: params}'));
    expect(codesOf(wrongKind, 'error')).toEqual(['parameters-ref-invalid']);
  });

  it('gives GatewayClasses a status, InvalidParameters when their parameters are invalid', () => {
    const withClassParameters = (ref: string) =>
      analyzeYaml(
        gatewayYaml(listener).replace(
          '  controllerName: example.com/controller\n',
          `  controllerName: example.com/controller\n  parametersRef: ${ref}\n`,
        ) + config,
      );
    const ok = withClassParameters('{group: "", kind: ConfigMap, name: params, namespace: infra}');
    expect(conditionsOf(statusOf(ok, 'GatewayClass', 'example').conditions)).toEqual([
      'Accepted=True/Accepted',
    ]);
    const bad = withClassParameters('{group: gateway.networking.k8s.io, kind: Gateway, name: gw}');
    expect(conditionsOf(statusOf(bad, 'GatewayClass', 'example').conditions)).toEqual([
      'Accepted=False/InvalidParameters',
    ]);
    expect(codesOf(bad)).toEqual(['parameters-ref-invalid']);
  });
});

describe('BackendTLSPolicy status', () => {
  const objects = `---
apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: infra
spec:
  ports:
  - name: https
    port: 443
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ca
  namespace: infra
data:
  ca.crt: "-----BEGIN CERTIFICATE-----"
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: r
  namespace: infra
spec:
  parentRefs:
  - name: gw
  rules:
  - backendRefs:
    - name: api
      port: 443
`;
  const policy = (name: string, ca = 'ca', extra = '') => `---
apiVersion: gateway.networking.k8s.io/v1
kind: BackendTLSPolicy
metadata:
  name: ${name}
  namespace: infra
${extra}spec:
  targetRefs:
  - group: ""
    kind: Service
    name: api
  validation:
    hostname: api.example.com
    caCertificateRefs:
    - group: ""
      kind: ConfigMap
      name: ${ca}
`;
  const design = (...policies: string[]) =>
    analyzeYaml(gatewayYaml(listener) + objects + policies.join(''));
  const ancestors = (result: ReturnType<typeof analyzeYaml>, name: string) =>
    statusOf(result, 'BackendTLSPolicy', name).ancestors!.map((a) => ({
      ancestor: `${a.ancestorRef.namespace}/${a.ancestorRef.name}`,
      conditions: conditionsOf(a.conditions),
    }));

  it('is accepted per Gateway that reaches its Service', () => {
    const result = design(policy('p'));
    expect(codesOf(result)).toEqual([]);
    expect(ancestors(result, 'p')).toEqual([
      {
        ancestor: 'infra/gw',
        conditions: ['Accepted=True/Accepted', 'ResolvedRefs=True/ResolvedRefs'],
      },
    ]);
  });

  it('reports CA certificates that do not resolve', () => {
    const missing = design(policy('p', 'absent'));
    expect(ancestors(missing, 'p')[0]!.conditions).toEqual([
      'Accepted=False/NoValidCACertificate',
      'ResolvedRefs=False/InvalidCACertificateRef',
    ]);
    expect(codesOf(missing)).toEqual(['ca-certificate-not-found']);
    const wrongKind = design(policy('p').replace('kind: ConfigMap', 'kind: Service'));
    expect(ancestors(wrongKind, 'p')[0]!.conditions[1]).toBe('ResolvedRefs=False/InvalidKind');
  });

  it('applies the oldest of conflicting policies on the same Service, then by name', () => {
    const byName = design(policy('a'), policy('b'));
    expect(ancestors(byName, 'a')[0]!.conditions[0]).toBe('Accepted=True/Accepted');
    expect(ancestors(byName, 'b')[0]!.conditions[0]).toBe('Accepted=False/Conflicted');
    expect(codesOf(byName)).toEqual(['backendtlspolicy-conflicted']);
    const older = design(
      policy('a'),
      policy('b', 'ca', '  creationTimestamp: "2026-01-01T00:00:00Z"\n'),
    );
    expect(ancestors(older, 'a')[0]!.conditions[0]).toBe('Accepted=False/Conflicted');
    // A sectionName tells policies apart.
    const perPort = design(
      policy('a'),
      policy('b').replace('    name: api\n', '    name: api\n    sectionName: https\n'),
    );
    expect(codesOf(perPort)).toEqual([]);
  });
});
