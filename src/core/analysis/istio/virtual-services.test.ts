import { describe, expect, it } from 'vitest';
import { dedent as yaml } from '../../testing/dedent.ts';
import { analyzeYaml } from '../test-support.ts';

/** `[istioCode, code, path]` of each diagnostic, for compact assertions. */
function found(text: string): string[][] {
  return analyzeYaml(text).diagnostics.map((d) => [d.istioCode ?? '', d.code, d.path ?? '']);
}

const services = yaml`
  apiVersion: v1
  kind: Service
  metadata: {name: reviews, namespace: shop}
  spec: {ports: [{port: 9080}]}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: multi, namespace: shop}
  spec: {ports: [{port: 80}, {port: 443}]}
  ---
  apiVersion: networking.istio.io/v1
  kind: ServiceEntry
  metadata: {name: payments, namespace: shop}
  spec:
    hosts: [pay.example.com, "*.partners.example.com"]
    ports: [{number: 443, name: https, protocol: TLS}]
    location: MESH_EXTERNAL
    resolution: DNS
  ---
  apiVersion: networking.istio.io/v1
  kind: ServiceEntry
  metadata: {name: ledger, namespace: finance}
  spec:
    hosts: [ledger.example.com]
    exportTo: ["."]
    ports: [{number: 443, name: https, protocol: TLS}]
  `;

function vs(name: string, spec: string, namespace = 'shop'): string {
  return `---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ${name}, namespace: ${namespace}}
spec:
${spec}`;
}

const destination = (host: string, extra = '') => `  hosts: [reviews]
  tcp:
  - route:
    - destination: {host: ${host}${extra}}
`;

describe('VirtualService destinations (IST0101, IST0112)', () => {
  it.each([
    ['a short name', 'reviews'],
    ['the FQDN', 'reviews.shop.svc.cluster.local'],
    ['a ServiceEntry host', 'pay.example.com'],
    ['a ServiceEntry wildcard', 'eu.partners.example.com'],
    ['a port of a Service with several', 'multi, port: {number: 443}'],
  ])('resolves %s', (_, host) => {
    expect(found(services + vs('vs', destination(host)))).toEqual([]);
  });

  it.each([
    ['an unknown short name', 'ratings', /Service shop\/ratings is not in this design/],
    [
      'name.namespace, which Istio takes literally',
      'reviews.shop',
      /write reviews.shop.svc.cluster.local/,
    ],
    ['an external host without ServiceEntry', 'api.example.com', /no ServiceEntry/],
    ['a ServiceEntry exported to its own namespace only', 'ledger.example.com', /no ServiceEntry/],
  ])('reports %s once', (_, host, message) => {
    const result = analyzeYaml(services + vs('vs', destination(host)));
    expect(found(services + vs('vs', destination(host)))).toEqual([
      ['IST0101', 'vs-destination-not-found', 'spec.tcp[0].route[0].destination.host'],
    ]);
    expect(result.diagnostics[0]!.message).toMatch(message);
    expect(result.diagnostics[0]!.message.includes('literally')).toBe(host === 'reviews.shop');
    expect(result.diagnostics[0]!.severity).toBe('warning');
  });

  it('sees a ServiceEntry from its own namespace', () => {
    expect(found(services + vs('vs', destination('ledger.example.com'), 'finance'))).toEqual([]);
  });

  it('hides a Service whose exportTo annotation leaves the namespace out', () => {
    const hidden = services.replace(
      'metadata: {name: reviews, namespace: shop}',
      'metadata: {name: reviews, namespace: shop, annotations: {networking.istio.io/exportTo: "."}}',
    );
    expect(found(hidden + vs('vs', destination('reviews.shop.svc.cluster.local'), 'web'))).toEqual([
      ['IST0101', 'vs-destination-not-found', 'spec.tcp[0].route[0].destination.host'],
    ]);
  });

  it('checks ports against ServiceEntries as against Services', () => {
    expect(
      found(services + vs('vs', destination('pay.example.com', ', port: {number: 8443}'))),
    ).toEqual([
      ['IST0101', 'vs-destination-port-not-found', 'spec.tcp[0].route[0].destination.port.number'],
    ]);
    expect(found(services + vs('vs', destination('multi')))).toEqual([
      ['IST0112', 'vs-destination-port-required', 'spec.tcp[0].route[0].destination'],
    ]);
  });

  it('reports a mirror host, not mirrors[] (istioctl does not read them)', () => {
    const spec = `  hosts: [reviews]
  http:
  - route: [{destination: {host: reviews}}]
    mirror: {host: gone}
    mirrors: [{destination: {host: gone-too}}]
`;
    const result = analyzeYaml(services + vs('vs', spec));
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^Referenced mirror host not found: "gone"/),
    ]);
  });
});

describe('VirtualService subsets (IST0101) and ingress routes (IST0140)', () => {
  const rule = yaml`
    ---
    apiVersion: networking.istio.io/v1
    kind: DestinationRule
    metadata: {name: reviews, namespace: shop}
    spec:
      host: reviews
      subsets: [{name: v1, labels: {version: v1}}]
    `;
  const subset = (host: string, name: string) => `  hosts: [reviews]
  http:
  - route: [{destination: {host: ${host}, subset: ${name}}}]
`;

  it('finds a subset of a DestinationRule for the same host, written either way', () => {
    expect(
      found(services + rule + vs('vs', subset('reviews.shop.svc.cluster.local', 'v1'))),
    ).toEqual([]);
  });

  it('reports an undefined subset as an error, or missing when no DestinationRule is in the design', () => {
    const result = analyzeYaml(services + rule + vs('vs', subset('reviews', 'v2')));
    expect(result.diagnostics.map((d) => [d.istioCode, d.severity, d.path])).toEqual([
      ['IST0101', 'error', 'spec.http[0].route[0].destination.subset'],
    ]);
    expect(analyzeYaml(services + vs('vs', subset('reviews', 'v1'))).diagnostics[0]).toMatchObject({
      code: 'vs-subset-not-found',
      severity: 'warning',
    });
  });

  it('reports gateway routes without subset to a host another VirtualService splits by subset', () => {
    const ingress = yaml`
      ---
      apiVersion: networking.istio.io/v1
      kind: Gateway
      metadata: {name: edge, namespace: shop}
      spec:
        servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]
      `;
    const edge = `  hosts: [shop.example.com]
  gateways: [edge]
  http:
  - route: [{destination: {host: reviews}}]
`;
    const design = services + rule + ingress + vs('mesh', subset('reviews', 'v1'));
    expect(found(design + vs('edge', edge))).toEqual([
      ['IST0140', 'vs-ingress-subset-ignored', 'spec.http[0].route[0].destination.host'],
    ]);
    expect(analyzeYaml(design + vs('edge', edge)).diagnostics[0]!.message).toMatch(
      /^Subset in virtual service shop\/mesh has no effect on ingress gateway shop\/edge requests/,
    );
    expect(
      found(design + vs('edge', edge.replace('host: reviews}', 'host: reviews, subset: v1}'))),
    ).toEqual([]);
  });
});

describe('VirtualService gateways (IST0101, IST0165, IST0132)', () => {
  const gateways = yaml`
    ---
    apiVersion: networking.istio.io/v1
    kind: Gateway
    metadata: {name: edge, namespace: istio-system}
    spec:
      servers:
      - port: {number: 80, name: http, protocol: HTTP}
        hosts: ["shop/shop.example.com", "./admin.example.com", "*/www.example.com"]
    ---
    apiVersion: gateway.networking.k8s.io/v1
    kind: GatewayClass
    metadata: {name: istio}
    spec: {controllerName: istio.io/gateway-controller}
    ---
    apiVersion: gateway.networking.k8s.io/v1
    kind: Gateway
    metadata: {name: api, namespace: shop}
    spec:
      gatewayClassName: istio
      listeners: [{name: http, port: 80, protocol: HTTP, hostname: api.example.com}]
    `;
  const bound = (host: string, gateway: string) => `  hosts: [${host}]
  gateways: [${gateway}]
  http:
  - route: [{destination: {host: reviews}}]
`;

  it.each([
    ['a namespace-scoped server host', 'shop.example.com', 'istio-system/edge'],
    ['an any-namespace server host', 'www.example.com', 'istio-system/edge'],
    ['a Gateway API Gateway', 'api.example.com', 'api'],
  ])('accepts %s', (_, host, gateway) => {
    expect(found(services + gateways + vs('vs', bound(host, gateway)))).toEqual([]);
  });

  it('reports hosts the Gateway serves only to other namespaces, or not at all', () => {
    for (const host of ['admin.example.com', 'other.example.com']) {
      expect(found(services + gateways + vs('vs', bound(host, 'istio-system/edge')))).toEqual([
        ['IST0132', 'vs-host-not-in-gateway', 'spec.gateways[0]'],
      ]);
    }
    expect(
      found(
        services +
          gateways +
          vs('vs', bound('admin.example.com, shop.example.com', 'istio-system/edge')),
      ),
    ).toEqual([]);
  });

  it('reports a missing Gateway once, without judging its hosts', () => {
    expect(found(services + vs('vs', bound('shop.example.com', 'gone')))).toEqual([
      ['IST0101', 'vs-gateway-not-found', 'spec.gateways[0]'],
    ]);
  });

  it('reports Gateways Istio generates for Gateway API Gateways', () => {
    const internal = 'shop/api-istio-autogenerated-k8s-gateway-http';
    expect(found(services + gateways + vs('vs', bound('api.example.com', internal)))).toEqual([
      ['IST0165', 'vs-internal-gateway', 'spec.gateways[0]'],
    ]);
  });

  it('reports missing gateways of match conditions as lint, without an IST code', () => {
    const spec = `  hosts: [reviews]
  http:
  - match: [{gateways: [gone]}]
    route: [{destination: {host: reviews}}]
`;
    expect(found(services + vs('vs', spec))).toEqual([
      ['', 'vs-match-gateway-not-found', 'spec.http[0].match[0].gateways[0]'],
    ]);
  });
});

describe('VirtualService mesh hosts (IST0109)', () => {
  const mesh = (host: string, exportTo = '') => `  hosts: [${host}]${exportTo}
  tcp:
  - route: [{destination: {host: reviews.shop.svc.cluster.local}}]
`;

  it('reports each VirtualService once when several define a mesh host', () => {
    const design =
      services +
      vs('a', mesh('reviews')) +
      vs('b', mesh('reviews.shop.svc.cluster.local')) +
      vs('c', mesh('reviews, reviews.shop.svc.cluster.local'));
    const result = analyzeYaml(design);
    expect(result.diagnostics.map((d) => [d.istioCode, d.resource?.name])).toEqual([
      ['IST0109', 'a'],
      ['IST0109', 'b'],
      ['IST0109', 'c'],
    ]);
    expect(result.diagnostics[0]!.message).toBe(
      'The VirtualServices shop/a,shop/b,shop/c associated with mesh gateway define the same host */reviews.shop.svc.cluster.local which can lead to undefined behavior. This can be fixed by merging the conflicting VirtualServices into a single resource.',
    );
  });

  it('honours exportTo: hosts of disjoint scopes do not conflict', () => {
    const design =
      services +
      vs('a', mesh('reviews.shop.svc.cluster.local', '\n  exportTo: ["."]')) +
      vs('b', mesh('reviews.shop.svc.cluster.local', '\n  exportTo: ["."]'), 'web');
    expect(found(design)).toEqual([]);
    const everywhere = design + vs('c', mesh('"*.shop.svc.cluster.local"'), 'ops');
    // c, visible everywhere, conflicts with a (in shop) and with b (in web).
    expect(analyzeYaml(everywhere).diagnostics.map((d) => d.resource?.name)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('leaves VirtualServices merged on an ingress Gateway to lint', () => {
    const gateway = `---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: edge, namespace: shop}
spec:
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]
`;
    const edge = mesh('shop.example.com').replace('\n  tcp', '\n  gateways: [edge]\n  tcp');
    expect(found(services + gateway + vs('a', edge) + vs('b', edge))).toEqual([
      ['', 'vs-hosts-merged', 'spec.hosts[0]'],
      ['', 'vs-hosts-merged', 'spec.hosts[0]'],
    ]);
  });
});

describe('VirtualService unreachable rules (IST0130, IST0131)', () => {
  it('reports tcp rules after a rule without match and repeated matches', () => {
    const spec = `  hosts: [reviews]
  tcp:
  - match: [{port: 5432}]
    route: [{destination: {host: reviews}}]
  - match: [{port: 5432}]
    route: [{destination: {host: reviews}}]
  - route: [{destination: {host: reviews}}]
  - route: [{destination: {host: reviews}}]
`;
    expect(found(services + vs('vs', spec))).toEqual([
      ['IST0130', 'vs-rule-unreachable', 'spec.tcp[1]'],
      ['IST0131', 'vs-match-ineffective', 'spec.tcp[1].match[0]'],
      ['IST0130', 'vs-rule-unreachable', 'spec.tcp[3]'],
    ]);
  });

  it('reports tls matches repeated from an earlier rule (tls rules always have matches)', () => {
    const spec = `  hosts: [db.example.com]
  tls:
  - match: [{sniHosts: [db.example.com], port: 443}]
    route: [{destination: {host: reviews}}]
  - match: [{port: 443, sniHosts: [db.example.com]}, {sniHosts: [db.example.com]}]
    route: [{destination: {host: reviews}}]
`;
    expect(found(services + vs('vs', spec))).toEqual([
      ['IST0131', 'vs-match-ineffective', 'spec.tls[1].match[0]'],
    ]);
  });

  it('reports later prefix matches an earlier prefix covers, not prefix / as a catch-all', () => {
    const spec = `  hosts: [reviews]
  http:
  - match: [{uri: {prefix: /}}]
    route: [{destination: {host: reviews}}]
  - name: api
    match: [{uri: {prefix: /api}}, {uri: {prefix: /api}, method: {exact: POST}}]
    route: [{destination: {host: reviews}}]
  - route: [{destination: {host: reviews}}]
`;
    const result = analyzeYaml(services + vs('vs', spec));
    expect(result.diagnostics.map((d) => [d.istioCode, d.path, d.message])).toEqual([
      [
        'IST0131',
        'spec.http[1].match[0]',
        'VirtualService rule "api" match #0 of prefix /api is not used (duplicate/overlapping match in rule #0 of prefix / on #0).',
      ],
    ]);
  });
});

describe('JWT claim routing (IST0149)', () => {
  const design = yaml`
    apiVersion: v1
    kind: Pod
    metadata: {name: gw-0, namespace: istio-system, labels: {istio: ingressgateway}}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: gw, namespace: istio-system}
    spec: {selector: {istio: ingressgateway}, ports: [{port: 80}]}
    ---
    apiVersion: networking.istio.io/v1
    kind: Gateway
    metadata: {name: edge, namespace: shop}
    spec:
      selector: {istio: ingressgateway}
      servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]
    `;
  const routed = `  hosts: [shop.example.com]
  gateways: [edge]
  http:
  - match: [{headers: {"@request.auth.claims.group": {exact: admin}}}]
    route: [{destination: {host: reviews}}]
`;
  const auth = (selector: string) => `---
apiVersion: security.istio.io/v1
kind: RequestAuthentication
metadata: {name: jwt, namespace: istio-system}
spec:
  selector: {matchLabels: {${selector}}}
  jwtRules: [{issuer: https://issuer.example.com}]
`;

  it('reports claim routing through gateway pods no RequestAuthentication applies to', () => {
    const result = analyzeYaml(services + '---\n' + design + vs('vs', routed));
    expect(result.diagnostics.map((d) => [d.istioCode, d.code, d.path])).toEqual([
      [
        'IST0149',
        'vs-jwt-claim-without-request-authentication',
        'spec.http[0].match[0].headers.@request.auth.claims.group',
      ],
    ]);
    expect(result.diagnostics[0]!.message).toMatch(/gateway \(shop\/edge\) pod \(gw-0\)/);
    expect(found(services + '---\n' + design + auth('app: other') + vs('vs', routed))).toHaveLength(
      1,
    );
  });

  it('accepts a RequestAuthentication that selects the gateway pods', () => {
    expect(
      found(services + '---\n' + design + auth('istio: ingressgateway') + vs('vs', routed)),
    ).toEqual([]);
  });
});
