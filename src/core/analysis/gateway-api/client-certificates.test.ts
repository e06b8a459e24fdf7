import { describe, expect, it } from 'vitest';
import { analyzeYaml, codesOf, conditionsOf, gatewayYaml, statusOf } from '../test-support.ts';

const https = (name: string, port: number) => `  - name: ${name}
    protocol: HTTPS
    port: ${port}
    tls:
      certificateRefs:
      - name: cert
`;

const objects = `---
apiVersion: v1
kind: Secret
metadata:
  name: cert
  namespace: infra
type: kubernetes.io/tls
data:
  tls.crt: Y2VydA==
  tls.key: a2V5
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ca
  namespace: infra
data:
  ca.crt: "-----BEGIN CERTIFICATE-----"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: not-a-ca
  namespace: infra
data:
  other: x
`;

const gatewayTls = (tls: string) => `  tls:\n${tls}`;
const validation = (ref: string) =>
  `        validation:\n          caCertificateRefs:\n          - ${ref}\n`;

function analyze(tls: string) {
  return analyzeYaml(gatewayYaml(https('a', 443) + https('b', 8443), gatewayTls(tls)) + objects);
}

const listener = (result: ReturnType<typeof analyzeYaml>, i: number) =>
  conditionsOf(statusOf(result, 'Gateway', 'gw').listeners![i]!.conditions);

describe('backend client certificate (spec.tls.backend)', () => {
  const backend = (ref: string) => `    backend:\n      clientCertificateRef: ${ref}\n`;
  const gatewayConditions = (ref: string) =>
    conditionsOf(statusOf(analyze(backend(ref)), 'Gateway', 'gw').conditions);

  it('resolves a TLS Secret', () => {
    expect(gatewayConditions('{name: cert}')).toEqual([
      'Accepted=True/Accepted',
      'Programmed=True/Programmed',
      'ResolvedRefs=True/ResolvedRefs',
    ]);
    expect(codesOf(analyze(backend('{name: cert}')))).toEqual([]);
  });

  it('reports a missing, wrong-kind, malformed or not permitted Secret; the Gateway stays accepted', () => {
    expect(gatewayConditions('{name: absent}')).toEqual([
      'Accepted=True/Accepted',
      'Programmed=True/Programmed',
      'ResolvedRefs=False/InvalidClientCertificateRef',
    ]);
    expect(codesOf(analyze(backend('{name: absent}')))).toEqual(['client-certificate-not-found']);
    expect(gatewayConditions('{kind: ConfigMap, name: ca}')[2]).toBe(
      'ResolvedRefs=False/InvalidClientCertificateRef',
    );
    expect(gatewayConditions('{group: example.com, kind: Secret, name: cert}')[2]).toBe(
      'ResolvedRefs=False/InvalidClientCertificateRef',
    );
    expect(codesOf(analyze(backend('{kind: ConfigMap, name: ca}')))).toEqual([
      'client-certificate-invalid',
    ]);
    expect(gatewayConditions('{name: cert, namespace: other}')[2]).toBe(
      'ResolvedRefs=False/RefNotPermitted',
    );
  });
});

describe('frontend client certificate validation (spec.tls.frontend)', () => {
  const frontend = (defaults: string, perPort = '') =>
    `    frontend:\n      default:\n${defaults}${perPort}`;

  it('accepts listeners whose CA resolves', () => {
    const result = analyze(frontend(validation('{group: "", kind: ConfigMap, name: ca}')));
    expect(codesOf(result)).toEqual([]);
    expect(listener(result, 0)).toEqual([
      'Accepted=True/Accepted',
      'Programmed=True/Programmed',
      'ResolvedRefs=True/ResolvedRefs',
      'Conflicted=False/NoConflicts',
    ]);
  });

  it('rejects listeners whose CAs are missing, of the wrong kind or not permitted', () => {
    const cases: [string, string, string][] = [
      [
        '{group: "", kind: ConfigMap, name: absent}',
        'InvalidCACertificateRef',
        'ca-certificate-not-found',
      ],
      [
        '{group: "", kind: ConfigMap, name: not-a-ca}',
        'InvalidCACertificateRef',
        'ca-certificate-malformed',
      ],
      [
        '{group: "", kind: Service, name: ca}',
        'InvalidCACertificateKind',
        'ca-certificate-invalid-kind',
      ],
      [
        '{group: "", kind: ConfigMap, name: ca, namespace: other}',
        'RefNotPermitted',
        'ref-not-permitted',
      ],
    ];
    for (const [ref, reason, code] of cases) {
      const result = analyze(frontend(validation(ref)));
      expect(listener(result, 0), ref).toEqual([
        'Accepted=False/NoValidCACertificate',
        'Programmed=False/Invalid',
        `ResolvedRefs=False/${reason}`,
        'Conflicted=False/NoConflicts',
      ]);
      // Both listeners read the same default; the reference is reported once.
      expect(codesOf(result), ref).toEqual([code]);
    }
  });

  it('lets a perPort entry override the default for its port only', () => {
    const perPort = `      perPort:\n      - port: 8443\n        tls:\n${validation('{group: "", kind: ConfigMap, name: absent}').replace(/^(?=.)/gm, '  ')}`;
    const result = analyze(frontend(validation('{group: "", kind: ConfigMap, name: ca}'), perPort));
    expect(listener(result, 0)[0]).toBe('Accepted=True/Accepted');
    expect(listener(result, 1)[0]).toBe('Accepted=False/NoValidCACertificate');
  });
});
