import { describe, expect, it } from 'vitest';
import { diagnose, issues, target, yaml } from './test-helpers.ts';

const route = (rules: string, apiVersion = 'gateway.networking.k8s.io/v1') => yaml`
  apiVersion: ${apiVersion}
  kind: HTTPRoute
  metadata: {name: web}
  spec:
    parentRefs: [{name: gw}]
    rules: ${rules}`;

const backend = '{name: s, port: 80}';

describe('Gateway API releases', () => {
  it('knows which kinds and versions each release serves', () => {
    const tcp = (version: string) => yaml`
      apiVersion: gateway.networking.k8s.io/${version}
      kind: TCPRoute
      metadata: {name: db}
      spec:
        parentRefs: [{name: gw}]
        rules: [{backendRefs: [${backend}]}]`;
    expect(issues(tcp('v1'))).toEqual([]);
    expect(issues(tcp('v1'), target('v1.5-standard'))).toEqual(['schema-kind-channel@kind']);
    expect(diagnose(tcp('v1'), target('v1.5-standard'))[0]!.message).toBe(
      'TCPRoute is not in Gateway API v1.5 standard (it is in the standard channel from v1.6 and the experimental channel from v1.4); the API server has no such kind',
    );
    expect(issues(tcp('v1alpha2'), target('v1.5-experimental'))).toEqual([]);
    expect(issues(tcp('v1'), target('v1.5-experimental'))).toEqual(['schema-version@apiVersion']);
    const set = yaml`
      apiVersion: gateway.networking.k8s.io/v1
      kind: ListenerSet
      metadata: {name: extra}
      spec:
        parentRef: {name: gw}
        listeners: [{name: a, port: 80, protocol: HTTP}]`;
    expect(issues(set, target('v1.5-standard'))).toEqual([]);
    expect(issues(set, target('v1.4-experimental'))).toEqual(['schema-kind-channel@kind']);
  });

  it('refuses an empty rules list from v1.5 on', () => {
    expect(issues(route('[]'), target('v1.4-standard'))).toEqual([]);
    expect(issues(route('[]'), target('v1.5-standard'))).toEqual([
      'schema-min-items min-1-items@spec.rules',
    ]);
  });

  it('has the CORS filter on standard from v1.5, and repeated ones refused from v1.6', () => {
    const cors = '{type: CORS, cors: {allowOrigins: ["https://a.example.com"]}}';
    const text = route(`[{filters: [${cors}, ${cors}], backendRefs: [${backend}]}]`);
    expect(issues(text, target('v1.5-standard'))).toEqual([]);
    expect(issues(text)).toEqual(['cel-rule filter-CORS-once@spec.rules[0].filters[1].type']);
    expect(issues(text, target('v1.4-experimental'))).toEqual([]);
    const onV14 = diagnose(text, target('v1.4-standard'));
    expect(onV14.map((d) => `${d.code}@${d.path}`)).toEqual([
      'schema-enum@spec.rules[0].filters[0].type',
      'schema-channel-field@spec.rules[0].filters[0].cors',
      'schema-enum@spec.rules[0].filters[1].type',
      'schema-channel-field@spec.rules[0].filters[1].cors',
    ]);
    expect(onV14[0]!.message).toMatch(
      /must be one of RequestHeaderModifier, .*, ExtensionRef \(got "CORS"; it is in the standard channel from v1.5 and the experimental channel from v1.4, and this design targets Gateway API v1.4 standard\)/,
    );
  });

  it('checks header values against the experimental pattern only on experimental', () => {
    const text = route(
      `[{matches: [{headers: [{name: x, value: "a  b"}]}], filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: y, value: " z"}]}}], backendRefs: [${backend}]}]`,
    );
    expect(issues(text)).toEqual([]);
    expect(issues(text, target('v1.6-experimental'))).toEqual([
      'schema-pattern header-value-pattern@spec.rules[0].matches[0].headers[0].value',
      'schema-pattern header-value-pattern@spec.rules[0].filters[0].requestHeaderModifier.set[0].value',
    ]);
  });

  it('requires ReferenceGrant spec from v1.6 on', () => {
    const grant = yaml`
      apiVersion: gateway.networking.k8s.io/v1beta1
      kind: ReferenceGrant
      metadata: {name: g}`;
    expect(issues(grant, target('v1.5-standard'))).toEqual([]);
    expect(issues(grant)).toEqual(['schema-required reference-grant-spec-required@spec']);
  });

  it('applies the limits of each release', () => {
    const annotations = Array.from({ length: 9 }, (_, i) => `a${i}: x`).join(', ');
    const gateway = yaml`
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: gw}
      spec:
        gatewayClassName: c
        infrastructure: {annotations: {${annotations}}}
        listeners: [{name: tls, port: 443, protocol: TLS}]`;
    expect(issues(gateway, target('v1.4-standard'))).toEqual([
      'schema-max-items max-8-entries@spec.infrastructure.annotations',
    ]);
    expect(issues(gateway, target('v1.5-standard'))).toEqual([
      'schema-max-items max-8-entries@spec.infrastructure.annotations',
      'cel-rule listener-tls-mode-required@spec.listeners[0]',
    ]);
    expect(issues(gateway)).toEqual(['cel-rule listener-tls-mode-required@spec.listeners[0]']);
  });

  it('has Gateway TLS and allowedListeners on standard from v1.5', () => {
    const gateway = yaml`
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: gw}
      spec:
        gatewayClassName: c
        allowedListeners: {namespaces: {from: Same}}
        tls: {backend: {clientCertificateRef: {name: client}}}
        listeners: [{name: a, port: 80, protocol: HTTP}]`;
    expect(issues(gateway, target('v1.5-standard'))).toEqual([]);
    expect(issues(gateway, target('v1.4-experimental'))).toEqual([]);
    expect(issues(gateway, target('v1.4-standard'))).toEqual([
      'schema-channel-field@spec.allowedListeners',
      'schema-channel-field@spec.tls',
    ]);
  });
});
