import { describe, expect, it } from 'vitest';
import { analyzeYaml, codesOf, conditionsOf, gatewayYaml, statusOf } from '../test-support.ts';

const allow = `  allowedListeners:
    namespaces:
      from: All
`;

function set(name: string, listeners: string, created?: string): string {
  return `---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata:
  name: ${name}
  namespace: infra
${created ? `  creationTimestamp: "${created}"\n` : ''}spec:
  parentRef:
    name: gw
  listeners:
${listeners}`;
}

const http = (name: string, hostname: string) =>
  `  - name: ${name}\n    protocol: HTTP\n    port: 80\n    hostname: ${hostname}\n`;

const listenerOf = (result: ReturnType<typeof analyzeYaml>, kind: string, name: string, i = 0) =>
  conditionsOf(statusOf(result, kind, name).listeners![i]!.conditions);

describe('ListenerSet merging (GEP-1713)', () => {
  it('lets the Gateway listener win a hostname conflict over a ListenerSet listener', () => {
    const result = analyzeYaml(
      gatewayYaml(http('a', 'x.com'), allow) + set('s', http('b', 'x.com')),
    );
    expect(listenerOf(result, 'Gateway', 'gw')).toEqual([
      'Accepted=True/Accepted',
      'Programmed=True/Programmed',
      'ResolvedRefs=True/ResolvedRefs',
      'Conflicted=False/NoConflicts',
    ]);
    expect(listenerOf(result, 'ListenerSet', 's')).toEqual([
      'Accepted=False/HostnameConflict',
      'Programmed=False/Invalid',
      'ResolvedRefs=True/ResolvedRefs',
      'Conflicted=True/HostnameConflict',
    ]);
    // The set's only listener lost: the set is not accepted, nor programmed.
    expect(conditionsOf(statusOf(result, 'ListenerSet', 's').conditions)).toEqual([
      'Accepted=False/ListenersNotValid',
      'Programmed=False/ListenersNotValid',
    ]);
    expect(codesOf(result)).toEqual([
      'listener-hostname-conflict',
      'listenerset-no-valid-listener',
    ]);
    expect(statusOf(result, 'Gateway', 'gw').attachedListenerSets).toBe(0);
  });

  it('orders ListenerSets by creation time, then by namespace/name', () => {
    const sets = (aCreated?: string, bCreated?: string) =>
      analyzeYaml(
        gatewayYaml(http('g', 'g.com'), allow) +
          set('a', http('l', 'x.com'), aCreated) +
          set('b', http('l', 'x.com'), bCreated),
      );
    const loser = (result: ReturnType<typeof analyzeYaml>) =>
      ['a', 'b'].filter((name) =>
        listenerOf(result, 'ListenerSet', name).includes('Conflicted=True/HostnameConflict'),
      );
    expect(loser(sets())).toEqual(['b']);
    expect(loser(sets('2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z'))).toEqual(['a']);
    // A set without a creationTimestamp is not created yet: it comes after those that are.
    expect(loser(sets(undefined, '2026-01-01T00:00:00Z'))).toEqual(['a']);
    const result = sets('2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z');
    expect(statusOf(result, 'Gateway', 'gw').attachedListenerSets).toBe(1);
  });

  it('reports a protocol conflict with a listener of another ListenerSet', () => {
    const tcp = '  - name: db\n    protocol: TCP\n    port: 80\n';
    const result = analyzeYaml(
      gatewayYaml(http('g', 'g.com'), allow) + set('a', http('x', 'x.com')) + set('b', tcp),
    );
    expect(listenerOf(result, 'ListenerSet', 'b')[0]).toBe('Accepted=False/ProtocolConflict');
    expect(listenerOf(result, 'ListenerSet', 'a')[0]).toBe('Accepted=True/Accepted');
    expect(conditionsOf(statusOf(result, 'ListenerSet', 'a').conditions)).toEqual([
      'Accepted=True/Accepted',
      'Programmed=True/Programmed',
    ]);
  });

  it('needs a ReferenceGrant from ListenerSets for a certificate in another namespace', () => {
    const https = `  - name: https
    protocol: HTTPS
    port: 443
    hostname: app.example.com
    tls:
      certificateRefs:
      - name: cert
        namespace: certs
`;
    const secret = `---
apiVersion: v1
kind: Secret
metadata:
  name: cert
  namespace: certs
type: kubernetes.io/tls
`;
    const grant = (kind: string) => `---
apiVersion: gateway.networking.k8s.io/v1
kind: ReferenceGrant
metadata:
  name: certs
  namespace: certs
spec:
  from:
  - group: gateway.networking.k8s.io
    kind: ${kind}
    namespace: infra
  to:
  - group: ""
    kind: Secret
`;
    const base = gatewayYaml(http('g', 'g.com'), allow) + set('s', https) + secret;
    expect(listenerOf(analyzeYaml(base + grant('Gateway')), 'ListenerSet', 's')).toContain(
      'ResolvedRefs=False/RefNotPermitted',
    );
    expect(codesOf(analyzeYaml(base + grant('ListenerSet')))).toEqual([]);
  });
});
