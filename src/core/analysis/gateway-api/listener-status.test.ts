import { describe, expect, it } from 'vitest';
import { analyzeYaml, codesOf, conditionsOf, gatewayYaml, statusOf } from '../test-support.ts';

const secret = (namespace: string, type = 'kubernetes.io/tls') => `---
apiVersion: v1
kind: Secret
metadata:
  name: cert
  namespace: ${namespace}
type: ${type}
`;

function listenerConditions(yaml: string, index = 0): string[] {
  return conditionsOf(statusOf(analyzeYaml(yaml), 'Gateway', 'gw').listeners![index]!.conditions);
}

describe('listener conditions', () => {
  it('reports a healthy HTTPS listener', () => {
    const yaml =
      gatewayYaml(
        '  - name: https\n    protocol: HTTPS\n    port: 443\n    tls:\n      certificateRefs:\n      - name: cert\n',
      ) + secret('infra');
    expect(codesOf(analyzeYaml(yaml))).toEqual([]);
    expect(listenerConditions(yaml)).toEqual([
      'Accepted=True/Accepted',
      'Programmed=True/Programmed',
      'ResolvedRefs=True/ResolvedRefs',
      'Conflicted=False/NoConflicts',
    ]);
    expect(conditionsOf(statusOf(analyzeYaml(yaml), 'Gateway', 'gw').conditions)).toEqual([
      'Accepted=True/Accepted',
      'Programmed=True/Programmed',
    ]);
  });

  it('marks both listeners with the same port, protocol and hostname as HostnameConflict', () => {
    const yaml = gatewayYaml(
      '  - name: a\n    protocol: HTTP\n    port: 80\n    hostname: x.com\n  - name: b\n    protocol: HTTP\n    port: 80\n    hostname: x.com\n  - name: c\n    protocol: HTTP\n    port: 80\n    hostname: y.com\n',
    );
    expect(listenerConditions(yaml, 0)).toContain('Conflicted=True/HostnameConflict');
    expect(listenerConditions(yaml, 1)).toContain('Conflicted=True/HostnameConflict');
    expect(listenerConditions(yaml, 2)).toContain('Conflicted=False/NoConflicts');
    // The API server would refuse this Gateway too: the CRD's CEL rule on unique listeners.
    expect(codesOf(analyzeYaml(yaml))).toEqual([
      'cel-rule',
      'listener-hostname-conflict',
      'listener-hostname-conflict',
    ]);
  });

  it('reports ProtocolConflict for HTTP and TCP on one port, but lets HTTPS and TLS share one', () => {
    const clash = gatewayYaml(
      '  - name: a\n    protocol: HTTP\n    port: 8080\n  - name: b\n    protocol: TCP\n    port: 8080\n',
    );
    expect(listenerConditions(clash, 1)).toContain('Conflicted=True/ProtocolConflict');
    expect(codesOf(analyzeYaml(clash))).toEqual([
      'listener-protocol-conflict',
      'listener-protocol-conflict',
    ]);
    const sni =
      gatewayYaml(
        '  - name: a\n    protocol: TLS\n    port: 443\n    hostname: a.com\n    tls:\n      mode: Passthrough\n  - name: b\n    protocol: HTTPS\n    port: 443\n    hostname: b.com\n    tls:\n      certificateRefs:\n      - name: cert\n',
      ) + secret('infra');
    expect(codesOf(analyzeYaml(sni))).toEqual([]);
  });

  it('reports unsupported protocols and route kinds the protocol cannot carry', () => {
    const yaml = gatewayYaml(
      '  - name: a\n    protocol: example.com/QUIC\n    port: 90\n  - name: b\n    protocol: HTTP\n    port: 80\n    allowedRoutes:\n      kinds:\n      - kind: TCPRoute\n',
    );
    expect(listenerConditions(yaml, 0)[0]).toBe('Accepted=False/UnsupportedProtocol');
    expect(listenerConditions(yaml, 1)).toContain('ResolvedRefs=False/InvalidRouteKinds');
    expect(codesOf(analyzeYaml(yaml))).toEqual([
      'listener-invalid-route-kinds',
      'listener-unsupported-protocol',
    ]);
  });

  it('needs a ReferenceGrant for a certificate in another namespace', () => {
    const listener =
      '  - name: https\n    protocol: HTTPS\n    port: 443\n    tls:\n      certificateRefs:\n      - name: cert\n        namespace: certs\n';
    const denied = gatewayYaml(listener) + secret('certs');
    expect(listenerConditions(denied)).toContain('ResolvedRefs=False/RefNotPermitted');
    expect(codesOf(analyzeYaml(denied))).toEqual(['ref-not-permitted']);
    const grant = `---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata:
  name: allow-gateways
  namespace: certs
spec:
  from:
  - group: gateway.networking.k8s.io
    kind: Gateway
    namespace: infra
  to:
  - group: ""
    kind: Secret
`;
    expect(codesOf(analyzeYaml(denied + grant))).toEqual([]);
  });

  it('rejects certificates that are not TLS Secrets, and warns about missing ones', () => {
    const listener =
      '  - name: https\n    protocol: HTTPS\n    port: 443\n    tls:\n      certificateRefs:\n      - name: cert\n';
    expect(listenerConditions(gatewayYaml(listener) + secret('infra', 'Opaque'))).toContain(
      'ResolvedRefs=False/InvalidCertificateRef',
    );
    const missing = analyzeYaml(gatewayYaml(listener));
    expect(codesOf(missing, 'warning')).toEqual(['certificate-not-found']);
  });

  it('warns when the GatewayClass is not in the design', () => {
    const yaml = gatewayYaml('  - name: a\n    protocol: HTTP\n    port: 80\n').replace(
      'gatewayClassName: example',
      'gatewayClassName: other',
    );
    expect(codesOf(analyzeYaml(yaml))).toEqual(['gatewayclass-not-found']);
    expect(codesOf(analyzeYaml(yaml, { missingAsError: true }), 'error')).toEqual([
      'gatewayclass-not-found',
    ]);
  });
});
