import { describe, expect, it } from 'vitest';
import { backendsOf, simulateIn, whyOf, winnerOf } from './test-support.ts';

const service = (namespace: string, name: string, port = 80) => `---
apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  ports: [{port: ${port}, name: http}]
`;

const GATEWAY = `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: public, namespace: istio-system}
spec:
  selector: {istio: ingressgateway}
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ["*/travel.example.com", "*/plain.example.com"]
  - port: {number: 8080, name: redirect, protocol: HTTP}
    hosts: ["*/travel.example.com"]
    tls: {httpsRedirect: true}
  - port: {number: 443, name: https, protocol: HTTPS}
    hosts: ["travel/travel.example.com"]
    tls: {mode: SIMPLE, credentialName: cert}
  - port: {number: 8443, name: passthrough, protocol: TLS}
    hosts: ["*.db.example.com"]
    tls: {mode: PASSTHROUGH}
  - port: {number: 5432, name: tcp, protocol: TCP}
    hosts: ["*"]
`;

const DESTINATION_RULE = `---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: fares, namespace: travel}
spec:
  host: fares
  subsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]
`;

const vs = (name: string, spec: string, namespace = 'travel') => `---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ${name}, namespace: ${namespace}}
spec:
${spec}`;

const ROUTES = vs(
  'travel',
  `  hosts: [travel.example.com]
  gateways: [istio-system/public]
  http:
  - name: exact
    match: [{uri: {exact: /exact}}]
    route: [{destination: {host: fares}}]
  - name: prefix
    match: [{uri: {prefix: /v2}}]
    route: [{destination: {host: fares, subset: v2}}]
  - name: regex-and-headers
    match:
    - uri: {regex: "/items/[0-9]+"}
      headers: {x-user: {prefix: admin}}
    route: [{destination: {host: hotels.other.svc.cluster.local}}]
  - name: without
    match: [{uri: {prefix: /beta}, withoutHeaders: {x-stable: {}}}]
    route: [{destination: {host: fares, subset: v2}}]
  - name: query-method-authority
    match: [{queryParams: {debug: {exact: "1"}}, method: {exact: POST}, authority: {prefix: travel.}}]
    route: [{destination: {host: fares}}]
  - name: port
    match: [{port: 443, uri: {prefix: /secure}}]
    route: [{destination: {host: fares}}]
  - name: redirect
    match: [{uri: {prefix: /old}}]
    redirect: {uri: /new, redirectCode: 308}
  - name: direct
    match: [{uri: {exact: /ping}}]
    directResponse: {status: 204}
  - name: rewrite
    match: [{uri: {prefix: /api/}}]
    rewrite: {uri: /, authority: api.internal}
    headers:
      request: {set: {x-from: gateway}}
      response: {add: {x-served: istio}}
    route: [{destination: {host: fares}}]
  - name: regex-rewrite
    match: [{uri: {prefix: /r/}}]
    rewrite: {uriRegexRewrite: {match: "^/r/(.*)$", rewrite: "/rewritten/\\\\1"}}
    route: [{destination: {host: fares}}]
  - name: canary
    match: [{uri: {prefix: /canary}}]
    route:
    - {destination: {host: fares, subset: v1}, weight: 90}
    - {destination: {host: fares, subset: v2}}
    mirror: {host: fares, subset: v2}
    mirrorPercentage: {value: 12.5}
  - name: rest
    route: [{destination: {host: fares}}]
`,
);

const design =
  GATEWAY + DESTINATION_RULE + service('travel', 'fares') + service('other', 'hotels') + ROUTES;
const hit = (line: string, headers: string[] = []) =>
  simulateIn(design, 'istio-system/public', line, headers);

describe('Istio Gateway servers', () => {
  it('picks the server by port and host, refusing ports it does not open', () => {
    expect(hit('GET http://travel.example.com/x').listener).toMatchObject({
      name: 'http',
      port: 80,
      protocol: 'HTTP',
    });
    expect(hit('GET http://travel.example.com:9999/')).toMatchObject({
      reason: 'connection-refused',
    });
    expect(hit('GET http://unknown.example.com/')).toMatchObject({
      statusCode: 404,
      reason: 'no-listener-for-host',
    });
  });

  it('redirects to HTTPS on an httpsRedirect server', () => {
    expect(hit('GET http://travel.example.com:8080/a?b=1')).toMatchObject({
      outcome: 'redirect',
      statusCode: 301,
      redirect: { location: 'https://travel.example.com/a?b=1', statusCode: 301 },
    });
  });

  it('binds a VirtualService only to hosts the server serves for its namespace', () => {
    const elsewhere =
      GATEWAY +
      service('travel', 'fares') +
      ROUTES.replace('namespace: travel', 'namespace: guests').replace(
        /host: fares/g,
        'host: fares.travel',
      );
    const https = simulateIn(elsewhere, 'istio-system/public', 'GET https://travel.example.com/x');
    expect(https).toMatchObject({ outcome: 'no-route' });
    expect(whyOf(https)).toMatch(/server https does not serve its host for namespace guests/);
  });
});

describe('VirtualService http routes', () => {
  it('tries routes in order and takes the first match, naming the next that also matches', () => {
    const answer = hit('GET http://travel.example.com/exact');
    expect(winnerOf(answer)).toBe('VirtualService travel/travel 0.0');
    expect(whyOf(answer)).toMatch(/first match wins/);
    expect(answer.runnerUp).toMatchObject({ rule: 11, decidedBy: 'rule-order' });
  });

  it('matches uri prefixes as plain string prefixes, with subsets', () => {
    expect(backendsOf(hit('GET http://travel.example.com/v2example'))).toEqual([
      'travel/fares#v2 100',
    ]);
  });

  it('matches regex uris and header prefixes, resolving FQDN hosts', () => {
    expect(backendsOf(hit('GET http://travel.example.com/items/42', ['x-user: admin-7']))).toEqual([
      'other/hotels 100',
    ]);
    expect(winnerOf(hit('GET http://travel.example.com/items/42'))).toBe(
      'VirtualService travel/travel 11.-1',
    );
  });

  it('withoutHeaders excludes requests that carry the header', () => {
    expect(winnerOf(hit('GET http://travel.example.com/beta'))).toBe(
      'VirtualService travel/travel 3.0',
    );
    expect(winnerOf(hit('GET http://travel.example.com/beta', ['x-stable: yes']))).toBe(
      'VirtualService travel/travel 11.-1',
    );
  });

  it('matches query parameters, method and authority together', () => {
    expect(winnerOf(hit('POST http://travel.example.com/x?debug=1'))).toBe(
      'VirtualService travel/travel 4.0',
    );
    expect(winnerOf(hit('GET http://travel.example.com/x?debug=1'))).toBe(
      'VirtualService travel/travel 11.-1',
    );
  });

  it('matches the port the request arrived on', () => {
    expect(winnerOf(hit('GET https://travel.example.com/secure'))).toBe(
      'VirtualService travel/travel 5.0',
    );
    expect(winnerOf(hit('GET http://travel.example.com/secure'))).toBe(
      'VirtualService travel/travel 11.-1',
    );
  });

  it('answers redirects (301 unless given) and direct responses', () => {
    expect(hit('GET http://travel.example.com/old/x?y=1')).toMatchObject({
      outcome: 'redirect',
      redirect: { location: 'http://travel.example.com/new?y=1', statusCode: 308 },
    });
    expect(hit('GET http://travel.example.com/ping')).toMatchObject({
      outcome: 'response',
      statusCode: 204,
    });
  });

  it('rewrites the matched prefix (Envoy prefix_rewrite), the authority, and regex rewrites', () => {
    const answer = hit('GET http://travel.example.com/api/users');
    expect(answer.backendRequest).toMatchObject({
      host: 'api.internal',
      path: '/users',
      headers: { 'x-from': 'gateway' },
    });
    expect(answer.responseHeaders).toEqual({ 'x-served': 'istio' });
    expect(hit('GET http://travel.example.com/r/a/b').backendRequest?.path).toBe('/rewritten/a/b');
  });

  it('splits by weight, an unset weight beside others being 0, and mirrors a percentage', () => {
    const answer = hit('GET http://travel.example.com/canary');
    expect(backendsOf(answer)).toEqual(['travel/fares#v1 100']);
    expect(whyOf(answer)).toMatch(/no weight, which counts as 0 beside other destinations/);
    expect(answer.mirrors).toEqual([
      { kind: 'Service', namespace: 'travel', name: 'fares', subset: 'v2', percent: 12.5 },
    ]);
  });

  it('answers 503 for destinations that do not resolve or name an undefined subset', () => {
    const broken = design.replace(
      'subset: v2}}]\n  - name: regex-and-headers',
      'subset: v9}}]\n  - name: regex-and-headers',
    );
    const answer = simulateIn(broken, 'istio-system/public', 'GET http://travel.example.com/v2');
    expect(answer).toMatchObject({ outcome: 'error', statusCode: 503 });
    expect(whyOf(answer)).toMatch(/no DestinationRule for travel\/fares defines subset v9/);
  });
});

describe('more Istio match conditions', () => {
  const more =
    service('travel', 'fares') +
    service('travel', 'hotels') +
    vs(
      'm',
      `  hosts: [m.example.com]
  gateways: [istio-system/public]
  http:
  - match: [{uri: {prefix: /CaSe}, ignoreUriCase: true}]
    route: [{destination: {host: hotels}}]
  - match: [{scheme: {exact: https}}]
    route: [{destination: {host: hotels}}]
  - match: [{sourceNamespace: istio-system, uri: {exact: /ns}}]
    route: [{destination: {host: hotels}}]
  - route: [{destination: {host: fares}}]
`,
    );
  const gw = GATEWAY.replace('"*/plain.example.com"', '"*/m.example.com"').replace(
    '["travel/travel.example.com"]',
    '["*/m.example.com"]',
  );
  const go = (line: string) => backendsOf(simulateIn(gw + more, 'istio-system/public', line));

  it('ignores uri case when asked, matches the scheme and the source namespace', () => {
    expect(go('GET http://m.example.com/case/x')).toEqual(['travel/hotels 100']);
    expect(go('GET https://m.example.com/x')).toEqual(['travel/hotels 100']);
    expect(go('GET http://m.example.com/x')).toEqual(['travel/fares 100']);
    expect(go('GET http://m.example.com/ns')).toEqual(['travel/hotels 100']);
  });
});

describe('Istio TLS and TCP routes', () => {
  const l4 =
    GATEWAY +
    service('db', 'pg', 5432) +
    service('db', 'replica', 5432) +
    vs(
      'db',
      `  hosts: ["*.db.example.com", "*"]
  gateways: [istio-system/public]
  tls:
  - match: [{sniHosts: [primary.db.example.com], port: 8443}]
    route: [{destination: {host: pg.db.svc.cluster.local, port: {number: 5432}}}]
  - match: [{sniHosts: ["*.db.example.com"]}]
    route: [{destination: {host: replica.db.svc.cluster.local}}]
  tcp:
  - match: [{port: 5432}]
    route:
    - {destination: {host: pg.db.svc.cluster.local}, weight: 80}
    - {destination: {host: replica.db.svc.cluster.local}, weight: 20}
`,
      'db',
    );

  it('routes passthrough TLS by SNI, first match first', () => {
    expect(
      backendsOf(simulateIn(l4, 'istio-system/public', '- tls://primary.db.example.com:8443')),
    ).toEqual(['db/pg 100']);
    expect(
      backendsOf(simulateIn(l4, 'istio-system/public', '- tls://other.db.example.com:8443')),
    ).toEqual(['db/replica 100']);
  });

  it('routes TCP by port with weights', () => {
    expect(backendsOf(simulateIn(l4, 'istio-system/public', '- tcp://db:5432'))).toEqual([
      'db/pg 80',
      'db/replica 20',
    ]);
  });
});

describe('the mesh', () => {
  const mesh =
    service('travel', 'fares') +
    DESTINATION_RULE +
    vs(
      'fares',
      `  hosts: [fares]
  http:
  - match: [{sourceLabels: {app: tester}}]
    route: [{destination: {host: fares, subset: v2}}]
  - match: [{gateways: [istio-system/public]}]
    route: [{destination: {host: hotels}}]
  - route:
    - {destination: {host: fares, subset: v1}, weight: 70}
    - {destination: {host: fares, subset: v2}, weight: 30}
`,
    ) +
    vs(
      'fares-late',
      '  hosts: [fares.travel.svc.cluster.local]\n  http:\n  - route: [{destination: {host: nowhere}}]\n',
    );

  it('resolves short names relative to the namespaces involved and splits by weight', () => {
    const answer = simulateIn(mesh, 'mesh', 'GET http://fares.travel/');
    expect(backendsOf(answer)).toEqual(['travel/fares#v1 70', 'travel/fares#v2 30']);
    expect(whyOf(answer)).toMatch(
      /VirtualService travel\/fares-late also defines .* only the oldest/,
    );
    expect(
      backendsOf(
        simulateIn(mesh, 'mesh', 'GET http://fares/', [], { source: { namespace: 'travel' } }),
      ),
    ).toEqual(['travel/fares#v1 70', 'travel/fares#v2 30']);
  });

  it('matches sourceLabels of the client, and skips matches bound to other gateways', () => {
    const answer = simulateIn(mesh, 'mesh', 'GET http://fares.travel/', [], {
      source: { labels: { app: 'tester' } },
    });
    expect(backendsOf(answer)).toEqual(['travel/fares#v2 100']);
  });

  it('sends requests without a VirtualService to the Service itself', () => {
    const plain = service('shop', 'cart');
    expect(
      backendsOf(simulateIn(plain, 'mesh', 'GET http://cart.shop.svc.cluster.local/')),
    ).toEqual(['shop/cart 100']);
    expect(simulateIn(plain, 'mesh', 'GET http://api.example.org/')).toMatchObject({
      outcome: 'no-route',
    });
  });
});
