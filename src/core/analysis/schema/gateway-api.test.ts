import { describe, expect, it } from 'vitest';
import { diagnose, EXPERIMENTAL, issues, yaml } from './test-helpers.ts';

const gateway = (listeners: string, extra = '') => yaml`
  apiVersion: gateway.networking.k8s.io/v1
  kind: Gateway
  metadata: {name: gw, namespace: infra}
  spec:
    gatewayClassName: istio
    listeners:
  ${listeners}
  ${extra}`;

const route = (rules: string, head = 'parentRefs: [{name: gw}]') => yaml`
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata: {name: web}
  spec:
    ${head}
    rules:
  ${rules}`;

describe('Gateway', () => {
  it('accepts a well-formed gateway', () => {
    const text = gateway(
      `
    - {name: http, port: 80, protocol: HTTP, hostname: "*.example.com"}
    - name: https
      port: 443
      protocol: HTTPS
      tls: {certificateRefs: [{name: cert}]}
      allowedRoutes: {namespaces: {from: All}}
    - {name: custom, port: 9000, protocol: example.com/FOO}`,
      `  addresses: [{value: 10.0.0.1}, {type: Hostname, value: lb.example.com}]
    infrastructure: {labels: {team: web}, annotations: {example.com/owner: me}}`,
    );
    expect(issues(text)).toEqual([]);
  });

  it('reports types, ranges, enums and unknown protocols with readable messages', () => {
    const found = diagnose(
      gateway(`
    - {name: a, port: "80", protocol: HTTP}
    - {name: b, port: 70000, protocol: HTTPX}
    - {name: c, port: 81, protocol: TLS, tls: {mode: Bridge}}`),
    );
    expect(found.map((d) => d.message)).toEqual([
      'spec.listeners[0].port must be an integer (got string "80")',
      'spec.listeners[1].port must be between 1 and 65535 (got 70000)',
      'spec.listeners[1].protocol must be one of HTTP, HTTPS, TLS, TCP, UDP or a domain-prefixed protocol such as example.com/PROTO (got "HTTPX")',
      'spec.listeners[2].tls.mode must be one of Terminate, Passthrough (got "Bridge")',
    ]);
    expect(found[0]!.range?.start.line).toBe(8);
    expect(found[0]!.resource).toEqual({ kind: 'Gateway', namespace: 'infra', name: 'gw' });
  });

  it('applies the listener CEL rules', () => {
    expect(
      issues(
        gateway(`
    - {name: a, port: 80, protocol: HTTP, tls: {mode: Terminate, certificateRefs: [{name: c}]}}
    - {name: b, port: 443, protocol: HTTPS, tls: {mode: Passthrough}}
    - {name: c, port: 444, protocol: TLS}
    - {name: d, port: 9000, protocol: TCP, hostname: x.example.com}
    - {name: d, port: 9001, protocol: UDP}
    - {name: f, port: 9000, protocol: TCP}
    - {name: g, port: 8443, protocol: HTTPS, tls: {}}`),
      ),
    ).toEqual([
      'cel-rule listener-tls-terminate-needs-certs@spec.listeners[6].tls',
      'cel-rule listener-tls-forbidden@spec.listeners[0].tls',
      'cel-rule listener-https-terminate@spec.listeners[1].tls.mode',
      'cel-rule listener-tls-mode-required@spec.listeners[2]',
      'cel-rule listener-hostname-forbidden@spec.listeners[3].hostname',
      'cel-rule listener-name-unique@spec.listeners[4].name',
    ]);
    expect(
      issues(
        gateway(`
    - {name: a, port: 9000, protocol: TCP}
    - {name: b, port: 9000, protocol: TCP}`),
      ),
    ).toEqual(['cel-rule listener-port-protocol-hostname-unique@spec.listeners[1]']);
  });

  it('checks addresses, infrastructure keys and per-port TLS', () => {
    const text = gateway(
      `    - {name: a, port: 80, protocol: HTTP}`,
      `  addresses: [{value: 10.0.0.300}, {type: Hostname, value: Bad_Host}, {type: Hostname, value: a.b}, {type: Hostname, value: a.b}]
    infrastructure: {labels: {"-bad": x}}
    tls:
      frontend:
        default: {validation: {caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}]}}
        perPort:
        - {port: 443, tls: {validation: {caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}]}}}
        - {port: 443, tls: {validation: {caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}]}}}`,
    );
    expect(issues(text)).toEqual([
      'schema-pattern address-ip-format@spec.addresses[0]',
      'cel-rule address-hostname-chars@spec.addresses[1]',
      'cel-rule address-Hostname-unique@spec.addresses[3].value',
      'cel-rule infrastructure-label-key@spec.infrastructure.labels.-bad',
      'cel-rule tls-per-port-unique@spec.tls.frontend.perPort[1].port',
    ]);
  });

  it('flags unknown fields as warnings at the key, with a suggestion', () => {
    const [found] = diagnose(
      gateway(`    - {name: a, port: 80, protocol: HTTP, hostnme: x.example.com}`),
    );
    expect(found).toMatchObject({
      code: 'schema-unknown-field',
      severity: 'warning',
      path: 'spec.listeners[0].hostnme',
    });
    expect(found!.message).toContain('did you mean "hostname"');
    expect(found!.range!.end.offset - found!.range!.start.offset).toBe('hostnme'.length);
  });

  it('reports required fields and list limits', () => {
    const text = yaml`
      apiVersion: gateway.networking.k8s.io/v1beta1
      kind: Gateway
      metadata: {name: gw}
      spec:
        listeners: []`;
    expect(issues(text)).toEqual([
      'schema-min-items@spec.listeners',
      'schema-required@spec.gatewayClassName',
    ]);
  });
});

describe('HTTPRoute', () => {
  it('accepts matches, filters of every type, timeouts and CORS', () => {
    const text = route(`
    - matches:
      - path: {type: PathPrefix, value: /api}
        headers: [{name: x-env, value: canary}]
        queryParams: [{name: q, value: "1", type: RegularExpression}]
        method: GET
      filters:
      - type: RequestHeaderModifier
        requestHeaderModifier: {set: [{name: a, value: b}], remove: [x]}
      - type: ResponseHeaderModifier
        responseHeaderModifier: {add: [{name: a, value: b}]}
      - type: RequestMirror
        requestMirror: {backendRef: {name: shadow, port: 80}, fraction: {numerator: 1, denominator: 10}}
      - type: URLRewrite
        urlRewrite: {hostname: api.internal, path: {type: ReplacePrefixMatch, replacePrefixMatch: /}}
      - type: CORS
        cors: {allowOrigins: ["https://a.example.com"], allowMethods: [GET, POST], maxAge: 60}
      - type: ExtensionRef
        extensionRef: {group: example.com, kind: Auth, name: a}
      backendRefs:
      - {name: api, port: 8080, weight: 90}
      - name: api-v2
        port: 8080
        weight: 10
        filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: v, value: "2"}]}}]
      timeouts: {request: 10s, backendRequest: 2s}
    - filters:
      - type: RequestRedirect
        requestRedirect: {scheme: https, statusCode: 301, path: {type: ReplaceFullPath, replaceFullPath: /new}}`);
    expect(issues(text)).toEqual([]);
  });

  it('checks path matches with the CRD rules (after defaulting the type)', () => {
    const text = route(`
    - matches:
      - path: {value: "/a//b"}
      - path: {type: Exact, value: "no-slash"}
      - path: {type: RegularExpression, value: "^/(a|b)//"}
      backendRefs: [{name: s, port: 80}]`);
    expect(issues(text)).toEqual([
      'cel-rule path-no-double-slash@spec.rules[0].matches[0].path',
      'cel-rule path-absolute@spec.rules[0].matches[1].path',
    ]);
  });

  it('ties filter.type to its field and forbids repeats', () => {
    const text = route(`
    - filters:
      - type: RequestHeaderModifier
        responseHeaderModifier: {set: [{name: a, value: b}]}
      - {type: CORS, cors: {allowOrigins: ["*", "https://x.example.com"]}}
      - {type: CORS, cors: {}}
      - {type: URLRewrite, urlRewrite: {path: {type: ReplaceFullPath, replacePrefixMatch: /}}}
      - {type: RequestRedirect, requestRedirect: {}}
      backendRefs: [{name: s}]`);
    expect(issues(text)).toEqual([
      'cel-rule filter-requestHeaderModifier-required@spec.rules[0].filters[0]',
      'cel-rule filter-responseHeaderModifier-nil@spec.rules[0].filters[0]',
      'cel-rule cors-AllowOrigins-wildcard@spec.rules[0].filters[1].cors.allowOrigins',
      'cel-rule replaceFullPath-needs-value@spec.rules[0].filters[3].urlRewrite.path',
      'cel-rule replacePrefixMatch-needs-type@spec.rules[0].filters[3].urlRewrite.path',
      'cel-rule filter-redirect-xor-rewrite@spec.rules[0].filters',
      'cel-rule filter-CORS-once@spec.rules[0].filters[2].type',
      'cel-rule backend-service-port@spec.rules[0].backendRefs[0]',
      'cel-rule redirect-without-backends@spec.rules[0]',
    ]);
  });

  it('checks mirror, timeouts and prefix rewrites against the matches', () => {
    const text = route(`
    - matches: [{path: {type: Exact, value: /a}}]
      filters:
      - type: RequestMirror
        requestMirror: {backendRef: {name: m, port: 80}, percent: 10, fraction: {numerator: 5, denominator: 2}}
      - type: URLRewrite
        urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /b}}
      timeouts: {request: 1s, backendRequest: 2s}`);
    expect(issues(text)).toEqual([
      'cel-rule fraction-le-one@spec.rules[0].filters[0].requestMirror.fraction',
      'cel-rule mirror-percent-or-fraction@spec.rules[0].filters[0].requestMirror',
      'cel-rule timeouts-backend-le-request@spec.rules[0].timeouts',
      'cel-rule urlRewrite-prefix-needs-path-prefix@spec.rules[0]',
    ]);
  });

  it('checks parentRefs sectionName rules', () => {
    const sections = (refs: string) =>
      issues(route(`    - backendRefs: [{name: s, port: 80}]`, `parentRefs: ${refs}`));
    expect(sections('[{name: gw, sectionName: a}, {name: gw, sectionName: b}]')).toEqual([]);
    expect(sections('[{name: gw, sectionName: a}, {name: gw}]')).toEqual([
      'cel-rule parentRefs-section-name-required@spec.parentRefs[0]',
      'cel-rule parentRefs-section-name-required@spec.parentRefs[1]',
    ]);
    expect(sections('[{name: gw, sectionName: a}, {name: gw, sectionName: a}]')).toEqual([
      'cel-rule parentRefs-section-name-unique@spec.parentRefs[1]',
    ]);
    expect(sections('[{name: gw}, {name: gw, namespace: other}]')).toEqual([]);
  });

  it('caps the total number of matches and header keys', () => {
    const matches = `[${Array.from({ length: 60 }, () => '{method: GET}').join(', ')}]`;
    const rules = Array.from({ length: 3 }, () => `{matches: ${matches}}`).join(', ');
    expect(
      issues(route(`    - matches: []`).replace(/rules:[\s\S]*/, `rules: [${rules}]\n`)),
    ).toEqual(['cel-rule rules-total-matches@spec.rules']);
    const dup = route(`    - matches: [{headers: [{name: a, value: "1"}, {name: a, value: "2"}]}]`);
    expect(issues(dup)).toEqual(['schema-duplicate-key@spec.rules[0].matches[0].headers[1].name']);
  });

  it('knows experimental fields, and says the standard channel drops them', () => {
    const text = route(`
    - retry: {codes: [503], attempts: 2, backoff: 100ms}
      sessionPersistence: {type: Cookie, cookie: {name: s}}
      backendRefs: [{name: s, port: 80}]`);
    expect(issues(text, EXPERIMENTAL)).toEqual([]);
    expect(issues(text)).toEqual([
      'schema-channel-field@spec.rules[0].retry',
      'schema-channel-field@spec.rules[0].sessionPersistence',
    ]);
    expect(diagnose(text)[0]!.message).toBe(
      'spec.rules[0].retry is not in Gateway API v1.6 standard (it is in the experimental channel from v1.4); the API server drops it',
    );
  });
});

describe('GRPCRoute', () => {
  const grpc = (matches: string) => yaml`
    apiVersion: gateway.networking.k8s.io/v1
    kind: GRPCRoute
    metadata: {name: g}
    spec:
      parentRefs: [{name: gw}]
      rules:
      - matches: ${matches}
        backendRefs: [{name: s, port: 50051}]`;
  it('accepts service and method matches', () => {
    expect(
      issues(
        grpc(
          '[{method: {service: foo.Bar, method: Baz}}, {method: {type: RegularExpression, service: ".*"}}]',
        ),
      ),
    ).toEqual([]);
  });
  it('applies the method match rules', () => {
    expect(issues(grpc('[{method: {}}, {method: {service: "foo-bar", method: "9x"}}]'))).toEqual([
      'cel-rule grpc-service-or-method@spec.rules[0].matches[0].method',
      'cel-rule grpc-service-chars@spec.rules[0].matches[1].method',
      'cel-rule grpc-method-chars@spec.rules[0].matches[1].method',
    ]);
  });
  it('rejects HTTP-only filters', () => {
    const text =
      grpc('[{method: {service: a.B}}]') + '\n    filters: [{type: URLRewrite, urlRewrite: {}}]\n';
    expect(issues(text)).toEqual([
      'schema-enum@spec.rules[0].filters[0].type',
      'schema-unknown-field@spec.rules[0].filters[0].urlRewrite',
    ]);
  });
});

describe('TLSRoute versions', () => {
  const tls = (version: string, hostnames: string, rules = 1) => yaml`
    apiVersion: gateway.networking.k8s.io/${version}
    kind: TLSRoute
    metadata: {name: t}
    spec:
      parentRefs: [{name: gw}]
      ${hostnames}
      rules: [${Array.from({ length: rules }, () => '{backendRefs: [{name: s, port: 443}]}').join(', ')}]`;
  it('v1alpha2 allows several rules and no hostnames', () => {
    expect(issues(tls('v1alpha2', '', 2), EXPERIMENTAL)).toEqual([]);
  });
  it('v1 requires hostnames, checks them and allows one rule', () => {
    expect(issues(tls('v1', '', 2))).toEqual([
      'schema-max-items@spec.rules',
      'schema-required@spec.hostnames',
    ]);
    expect(
      issues(tls('v1alpha3', 'hostnames: ["10.0.0.1", "*.example.com", "a.*.com"]'), EXPERIMENTAL),
    ).toEqual([
      'schema-pattern@spec.hostnames[2]',
      'cel-rule tls-hostnames-no-ip@spec.hostnames[0]',
      'cel-rule tls-hostnames-wildcard@spec.hostnames[2]',
    ]);
    expect(issues(tls('v1', 'hostnames: ["10.0.0.1", "a.example.com"]'))).toEqual([
      'cel-rule tls-hostnames-no-ip@spec.hostnames[0]',
    ]);
  });
  it('warns about versions the CRDs do not serve', () => {
    expect(issues(tls('v1beta1', 'hostnames: [a.example.com]'))).toEqual([
      'schema-version@apiVersion',
    ]);
  });
});

describe('other Gateway API kinds', () => {
  it('BackendTLSPolicy validation rules', () => {
    const policy = (validation: string) => yaml`
      apiVersion: gateway.networking.k8s.io/v1
      kind: BackendTLSPolicy
      metadata: {name: p}
      spec:
        targetRefs: [{group: "", kind: Service, name: s}]
        validation: ${validation}`;
    expect(issues(policy('{hostname: s.example.com, wellKnownCACertificates: System}'))).toEqual(
      [],
    );
    expect(issues(policy('{hostname: s.example.com}'))).toEqual([
      'cel-rule validation-ca-or-well-known@spec.validation',
    ]);
    expect(
      issues(
        policy(
          '{hostname: h.example.com, wellKnownCACertificates: System, caCertificateRefs: [{group: "", kind: ConfigMap, name: ca}], subjectAltNames: [{type: URI, hostname: a.example.com}]}',
        ),
      ),
    ).toEqual([
      'cel-rule san-hostname-forbidden@spec.validation.subjectAltNames[0]',
      'cel-rule san-uri-required@spec.validation.subjectAltNames[0]',
      'cel-rule validation-ca-xor-well-known@spec.validation',
    ]);
  });

  it('ReferenceGrant, GatewayClass and ListenerSet', () => {
    const text = yaml`
      apiVersion: gateway.networking.k8s.io/v1beta1
      kind: ReferenceGrant
      metadata: {name: g}
      spec:
        from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web}]
        to: [{group: "", kind: Service}]
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: GatewayClass
      metadata: {name: c}
      spec: {controllerName: no-prefix}
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: ListenerSet
      metadata: {name: l}
      spec:
        parentRef: {name: gw}
        listeners: [{name: a, port: 80, protocol: HTTP}, {name: a, port: 81, protocol: HTTP}]`;
    expect(issues(text)).toEqual([
      'schema-pattern@spec.controllerName',
      'cel-rule listener-name-unique@spec.listeners[1].name',
    ]);
  });
});
