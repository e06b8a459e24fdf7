import { describe, expect, it } from 'vitest';
import { DEFAULT_GATEWAY_API_TARGET } from '../../schemas/gateway-api/target.ts';
import { diagnose, EXPERIMENTAL, issues as anyIssues, yaml } from './test-helpers.ts';

const issues = (text: string) => anyIssues(text, EXPERIMENTAL);

const httpRoute = (rules: string, head = 'parentRefs: [{name: gw}]') => yaml`
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata: {name: web}
  spec:
    ${head}
    rules:
  ${rules}`;

const backend = `backendRefs: [{name: s, port: 80}]`;

describe('experimental-channel CEL rules', () => {
  it('tells references to one parent apart by sectionName or port', () => {
    const refs = (list: string, channel = EXPERIMENTAL) =>
      diagnose(httpRoute(`    - ${backend}`, `parentRefs: ${list}`), channel).map(
        (d) => `${d.severity} ${d.rule}@${d.path}`,
      );
    expect(
      refs('[{name: gw, sectionName: a, port: 80}, {name: gw, sectionName: b, port: 443}]'),
    ).toEqual([]);
    expect(refs('[{name: gw, sectionName: a, port: 80}, {name: gw, sectionName: b}]')).toEqual([
      'error parentRefs-section-or-port-required@spec.parentRefs[0]',
      'error parentRefs-section-or-port-required@spec.parentRefs[1]',
    ]);
    // Told apart by port alone: fine on experimental, refused by the standard rule.
    const byPort = '[{name: gw, port: 80}, {name: gw, port: 443}]';
    expect(refs(byPort)).toEqual([]);
    expect(refs(byPort, DEFAULT_GATEWAY_API_TARGET)).toEqual([
      'error parentRefs-section-name-unique@spec.parentRefs[1]',
    ]);
    expect(refs('[{name: gw, port: 80}, {name: gw, port: 80}]')).toEqual([
      'error parentRefs-section-or-port-unique@spec.parentRefs[1]',
    ]);
  });

  it('requires rule names to be unique in every route kind', () => {
    expect(issues(httpRoute(`    - {name: a, ${backend}}\n      - {name: b, ${backend}}`))).toEqual(
      [],
    );
    expect(issues(httpRoute(`    - {name: a, ${backend}}\n      - {name: a, ${backend}}`))).toEqual(
      ['cel-rule rule-name-unique@spec.rules[1].name'],
    );
    const tcp = yaml`
      apiVersion: gateway.networking.k8s.io/v1alpha2
      kind: TCPRoute
      metadata: {name: db}
      spec:
        parentRefs: [{name: gw}]
        rules:
        - {name: a, ${backend}}
        - {name: a, ${backend}}`;
    expect(issues(tcp)).toEqual(['cel-rule rule-name-unique@spec.rules[1].name']);
  });

  it('ties sessionPersistence type to cookie or header', () => {
    const session = (value: string) =>
      issues(httpRoute(`    - ${backend}\n        sessionPersistence: ${value}`));
    expect(session('{type: Header, header: {name: x-session}}')).toEqual([]);
    expect(session('{absoluteTimeout: 1h, cookie: {lifetimeType: Permanent}}')).toEqual([]);
    expect(session('{type: Cookie, cookie: {lifetimeType: Permanent}}')).toEqual([
      'cel-rule session-permanent-needs-timeout@spec.rules[0].sessionPersistence',
    ]);
    expect(session('{type: Header, cookie: {}}')).toEqual([
      'cel-rule session-cookie-nil@spec.rules[0].sessionPersistence',
      'cel-rule session-header-required@spec.rules[0].sessionPersistence',
    ]);
    expect(session('{header: {name: x}}')).toEqual([
      'cel-rule session-cookie-required@spec.rules[0].sessionPersistence',
      'cel-rule session-header-nil@spec.rules[0].sessionPersistence',
    ]);
  });

  it('ties the externalAuth filter to its type and protocol', () => {
    const filter = (value: string) =>
      issues(httpRoute(`    - ${backend}\n        filters: [${value}]`));
    const auth = (body: string) =>
      `{type: ExternalAuth, externalAuth: {backendRef: {name: auth, port: 9000}, ${body}}}`;
    expect(filter(auth('protocol: GRPC, grpc: {}'))).toEqual([]);
    expect(filter(auth('protocol: HTTP, http: {path: /check}'))).toEqual([]);
    expect(filter(auth('protocol: GRPC, http: {}'))).toEqual([
      'cel-rule external-auth-grpc-needs-value@spec.rules[0].filters[0].externalAuth',
      'cel-rule external-auth-http-needs-protocol@spec.rules[0].filters[0].externalAuth',
    ]);
    expect(filter(auth('protocol: HTTP, grpc: {}'))).toEqual([
      'cel-rule external-auth-grpc-needs-protocol@spec.rules[0].filters[0].externalAuth',
      'cel-rule external-auth-http-needs-value@spec.rules[0].filters[0].externalAuth',
    ]);
    expect(filter('{type: ExternalAuth}')).toEqual([
      'cel-rule filter-externalAuth-required@spec.rules[0].filters[0]',
    ]);
  });
});
