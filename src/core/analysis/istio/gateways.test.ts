import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dedent as yaml } from '../../testing/dedent.ts';
import { analyzeYaml } from '../test-support.ts';
import { EXPIRED_CERT, KEY, VALID_CERT } from './test-certificates.ts';

/** `[istioCode, code, path]` of each diagnostic, for compact assertions. */
function found(text: string, missingAsError = false): string[][] {
  return analyzeYaml(text, { missingAsError }).diagnostics.map((d) => [
    d.istioCode ?? '',
    d.code,
    d.path ?? '',
  ]);
}

const workload = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: istio-ingressgateway, namespace: istio-system}
  spec:
    selector: {matchLabels: {istio: ingressgateway}}
    template:
      metadata: {labels: {istio: ingressgateway, app: istio-ingressgateway}}
      spec: {containers: [{name: istio-proxy, image: auto}]}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: istio-ingressgateway, namespace: istio-system}
  spec:
    selector: {istio: ingressgateway}
    ports:
    - {name: http, port: 80}
    - {name: https, port: 443, targetPort: 443}
  `;

function secret(name: string, cert: string, namespace = 'istio-system'): string {
  return yaml`
    ---
    apiVersion: v1
    kind: Secret
    metadata: {name: ${name}, namespace: ${namespace}}
    type: kubernetes.io/tls
    data: {tls.crt: ${cert}, tls.key: ${KEY}}
    `;
}

function gateway(name: string, servers: string, selector = 'istio: ingressgateway'): string {
  return `---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: ${name}, namespace: istio-system}
spec:
  selector: {${selector}}
  servers:
${servers}`;
}

const https = (host: string, credential = 'shop-cert') =>
  `  - port: {number: 443, name: https, protocol: HTTPS}
    hosts: ["${host}"]
    tls: {mode: SIMPLE, credentialName: ${credential}}
`;
const http = (host: string, port = 80) =>
  `  - port: {number: ${port}, name: http, protocol: HTTP}
    hosts: ["${host}"]
`;

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
});
afterAll(() => vi.useRealTimers());

describe('Istio Gateway workloads (IST0101 selector, IST0162)', () => {
  it('finds nothing wrong when the selected workload has a Service for each port', () => {
    const design =
      workload +
      secret('shop-cert', VALID_CERT) +
      gateway('edge', http('*') + https('shop.example.com'));
    expect(found(design)).toEqual([]);
  });

  it('reports a selector no workload matches, once, at its first label', () => {
    const design = workload + gateway('edge', https('shop.example.com'), 'istio: other');
    expect(found(design)).toEqual([
      ['IST0101', 'istio-gateway-no-workload', 'spec.selector.istio'],
    ]);
    expect(found(design, true)).toEqual([
      ['IST0101', 'istio-gateway-no-workload', 'spec.selector.istio'],
    ]);
  });

  it('says nothing about workloads in a design that declares none', () => {
    expect(found(gateway('edge', https('shop.example.com')))).toEqual([]);
  });

  it('matches Pods as well as pod templates', () => {
    const pod = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: gw-0, namespace: istio-system, labels: {istio: ingressgateway}}
      `;
    expect(found(pod + gateway('edge', http('*')))).toEqual([
      ['IST0162', 'istio-gateway-port-not-exposed', 'spec.servers[0].port.number'],
    ]);
  });

  it('reports server ports no Service in front of the workloads sends to', () => {
    const design = workload + gateway('edge', http('*', 8080));
    const result = analyzeYaml(design);
    expect(found(design)).toEqual([
      ['IST0162', 'istio-gateway-port-not-exposed', 'spec.servers[0].port.number'],
    ]);
    expect(result.diagnostics[0]!.message).toMatch(/port 8080.*Pod selector istio=ingressgateway/);
  });
});

describe('Istio Gateway credentials (IST0101 credentialName, IST0161)', () => {
  it('reports a Secret that is not in the workload namespace', () => {
    const design = workload + gateway('edge', https('shop.example.com'));
    expect(found(design)).toEqual([
      ['IST0101', 'istio-credential-not-found', 'spec.servers[0].tls.credentialName'],
    ]);
    const misplaced = design + secret('shop-cert', VALID_CERT, 'shop');
    const gatewayInShop = misplaced.replace(
      'metadata: {name: edge, namespace: istio-system}',
      'metadata: {name: edge, namespace: shop}',
    );
    const result = analyzeYaml(gatewayInShop);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['istio-credential-not-found', 'error'],
    ]);
    expect(result.diagnostics[0]!.message).toMatch(/in shop, the Gateway's namespace/);
  });

  it.each([
    ['an expired certificate', secret('shop-cert', EXPIRED_CERT), /expired on 2026-12-02/],
    [
      'a certificate that does not parse',
      secret('shop-cert', btoa('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n')),
      /not an X.509 certificate/,
    ],
    ['text that is no PEM', secret('shop-cert', btoa('hello')), /no PEM block/],
    [
      'empty keys',
      secret('shop-cert', '""').replace(`tls.key: ${KEY}`, 'tls.key: ""'),
      /are empty/,
    ],
    [
      'other keys',
      secret('shop-cert', VALID_CERT).replace('tls.crt:', 'ca.crt:'),
      /keys: ca.crt, tls.key/,
    ],
  ])('reports %s (IST0161)', (_, bad, reason) => {
    const result = analyzeYaml(workload + bad + gateway('edge', https('shop.example.com')));
    expect(result.diagnostics.map((d) => [d.istioCode, d.code, d.severity])).toEqual([
      ['IST0161', 'istio-credential-invalid', 'error'],
    ]);
    expect(result.diagnostics[0]!.message).toMatch(reason);
  });

  it('reads stringData and the generic cert/key pair', () => {
    const generic = yaml`
      ---
      apiVersion: v1
      kind: Secret
      metadata: {name: shop-cert, namespace: istio-system}
      data: {cert: ${VALID_CERT}}
      stringData: {key: placeholder}
      `;
    expect(found(workload + generic + gateway('edge', https('shop.example.com')))).toEqual([]);
  });
});

describe('Istio Gateway conflicts (IST0145) and shared certificates (IST0138)', () => {
  const base = workload + secret('shop-cert', VALID_CERT) + secret('api-cert', VALID_CERT);

  it('reports each server that shares selector, port and a host with another Gateway', () => {
    const design =
      base +
      gateway('a', https('shop.example.com', 'shop-cert') + http('*')) +
      gateway('b', https('*.example.com', 'api-cert'));
    const result = analyzeYaml(design);
    expect(found(design)).toEqual([
      ['IST0145', 'istio-gateway-conflict', 'spec.servers[0]'],
      ['IST0145', 'istio-gateway-conflict', 'spec.servers[0]'],
    ]);
    expect(result.diagnostics[0]!.message).toBe(
      'Conflict with gateways istio-system/b (workload selector istio=ingressgateway, port 443, hosts shop.example.com). Only one of them takes effect.',
    );
  });

  it('names each conflicting Gateway once, and ignores other ports and hosts', () => {
    const design =
      base +
      gateway('a', https('shop.example.com')) +
      gateway('b', https('shop.example.com', 'api-cert') + https('shop.example.com', 'api-cert')) +
      gateway('c', https('api.example.com', 'api-cert') + http('shop.example.com'));
    const messages = analyzeYaml(design)
      .diagnostics.filter((d) => d.resource?.name === 'a')
      .map((d) => d.message);
    expect(messages).toEqual([expect.stringMatching(/^Conflict with gateways istio-system\/b \(/)]);
  });

  it('reports the same certificate on Gateways of the same workloads, once per other Gateway', () => {
    const design =
      base +
      gateway('a', https('shop.example.com')) +
      gateway('b', https('api.example.com') + https('www.example.com')) +
      gateway('c', https('c.example.com', 'api-cert'));
    expect(found(design)).toEqual([
      ['IST0138', 'istio-gateway-duplicate-certificate', 'spec.servers[0].tls'],
      ['IST0138', 'istio-gateway-duplicate-certificate', 'spec.servers[0].tls'],
    ]);
    expect(analyzeYaml(design).diagnostics[0]!.message).toBe(
      'Duplicate certificate in multiple gateways [istio-system/a istio-system/b] may cause 404s if clients re-use HTTP2 connections.',
    );
  });
});
