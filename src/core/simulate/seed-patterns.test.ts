import { describe, expect, it } from 'vitest';
import { createDesign } from '../design/design.ts';
import { gatewayApiExamples } from '../examples/gateway-api.ts';
import { istioExamples } from '../examples/istio.ts';
import { seedYamlBlocks } from '../testing/seed-blocks.ts';
import { backendsOf, simulateIn, whyOf } from './test-support.ts';

const example = (id: string) =>
  createDesign([...gatewayApiExamples, ...istioExamples].find((e) => e.id === id)!.files);

describe('the seed patterns, as the app serves them, route as their text says', () => {
  it('canary: 90% stable, 10% canary', () => {
    expect(
      backendsOf(simulateIn(example('canary'), 'shop/web', 'GET http://shop.example.com/checkout')),
    ).toEqual(['shop/checkout-stable 90', 'shop/checkout-canary 10']);
  });

  it('A/B by header: x-variant b goes to B, everything else to A', () => {
    const d = example('ab-header');
    expect(
      backendsOf(simulateIn(d, 'shop/web', 'GET http://shop.example.com/', ['x-variant: b'])),
    ).toEqual(['shop/landing-b 100']);
    expect(backendsOf(simulateIn(d, 'shop/web', 'GET http://shop.example.com/'))).toEqual([
      'shop/landing-a 100',
    ]);
  });

  it('mirroring: served by live, every request copied to shadow', () => {
    const answer = simulateIn(example('mirroring'), 'shop/web', 'GET http://shop.example.com/q');
    expect(backendsOf(answer)).toEqual(['shop/search-live 100']);
    expect(answer.mirrors).toMatchObject([{ name: 'search-shadow', percent: 100 }]);
  });

  it('timeouts and retries: the request timeout and the Istio retry annotations are reported', () => {
    const why = whyOf(
      simulateIn(example('timeouts-retries'), 'shop/web', 'GET http://shop.example.com/pay'),
    );
    expect(why).toMatch(/Timeouts: request 8s/);
    expect(why).toMatch(/attempts 3, per-try-timeout 2s/);
  });

  it('TLS termination: HTTPS for the host reaches the account Service; plain HTTP finds no listener', () => {
    const d = example('tls-termination');
    const answer = simulateIn(d, 'shop/secure', 'GET https://secure.example.com/');
    expect(answer.listener).toMatchObject({ name: 'https', protocol: 'HTTPS' });
    expect(backendsOf(answer)).toEqual(['shop/account 100']);
    expect(simulateIn(d, 'shop/secure', 'GET http://secure.example.com/')).toMatchObject({
      reason: 'connection-refused',
    });
  });

  it('cross-namespace: the ReferenceGrant lets the route reach billing', () => {
    expect(
      backendsOf(
        simulateIn(
          example('cross-namespace'),
          'infra/edge',
          'GET https://billing.example.com/invoices/7',
        ),
      ),
    ).toEqual(['billing/invoices 100']);
  });

  it('Istio canary with subsets: 90% stable, 10% canary', () => {
    expect(
      backendsOf(
        simulateIn(example('istio-canary'), 'mesh', 'GET http://fares.travel.svc.cluster.local/'),
      ),
    ).toEqual(['travel/fares#stable 90', 'travel/fares#canary 10']);
  });

  it('Istio mirroring: stable serves, shadow gets a copy of every request', () => {
    const answer = simulateIn(example('istio-mirroring'), 'mesh', 'GET http://fares.travel/');
    expect(backendsOf(answer)).toEqual(['travel/fares#stable 100']);
    expect(answer.mirrors).toMatchObject([{ name: 'fares', subset: 'shadow', percent: 100 }]);
  });

  it('Istio timeouts and retries are reported', () => {
    const why = whyOf(
      simulateIn(example('istio-timeouts-retries'), 'mesh', 'GET http://fares.travel/'),
    );
    expect(why).toMatch(/timeout: "10s"/);
    expect(why).toMatch(/retries: .*"attempts":3/);
  });

  it('Istio gateway: HTTP redirects to HTTPS, HTTPS routes by prefix', () => {
    const d = example('istio-gateway');
    expect(
      simulateIn(d, 'istio-system/public', 'GET http://travel.example.com/flights').redirect
        ?.location,
    ).toBe('https://travel.example.com/flights');
    expect(
      backendsOf(simulateIn(d, 'istio-system/public', 'GET https://travel.example.com/hotels/3')),
    ).toEqual(['travel/hotels 100']);
    expect(
      backendsOf(simulateIn(d, 'istio-system/public', 'GET https://travel.example.com/')),
    ).toEqual(['travel/frontpage 100']);
  });

  it('Istio mutual TLS gateway: HTTPS for the partner host reaches the partner API', () => {
    expect(
      backendsOf(
        simulateIn(
          example('istio-mtls'),
          'travel/partners',
          'GET https://partners.travel.example.com/',
        ),
      ),
    ).toEqual(['travel/partner-api 100']);
  });
});

/** The seed notes' own blocks, with the Gateway and Services they assume (not in the notes). */
describe('the seed notes’ traffic patterns', () => {
  const blocks = seedYamlBlocks();
  const block = (name: string, kind: string) => {
    const found = blocks.find(
      (b) => b.text.includes(`kind: ${kind}`) && b.text.includes(`name: ${name}\n`),
    );
    if (!found) throw new Error(`No seed block for ${kind} ${name}`);
    return found.text;
  };
  const services = (...names: string[]) =>
    names
      .map(
        (n) =>
          `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${n}\nspec:\n  ports:\n  - port: 8080\n`,
      )
      .join('');
  const gateway = `---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: api-gateway
spec:
  gatewayClassName: istio
  listeners:
  - name: http
    port: 80
    protocol: HTTP
`;
  const gatewayApi = (name: string, ...names: string[]) =>
    block(name, 'HTTPRoute') + gateway + services(...names);
  const subsets = (...names: string[]) =>
    `---\napiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: my-service\nspec:\n  host: my-service\n  subsets:\n${names.map((n) => `  - name: ${n}\n    labels: {version: ${n}}\n`).join('')}`;
  const istio = (name: string, ...subsetNames: string[]) =>
    block(name, 'VirtualService') +
    services('my-service') +
    (subsetNames.length ? subsets(...subsetNames) : '');

  it('Gateway API with TLS: HTTPS takes the route once its namespace carries the selector label', () => {
    const base =
      block('api-routes', 'HTTPRoute') +
      // The note's Secret holds placeholders; a controller would refuse them, so use an empty one.
      '---\napiVersion: v1\nkind: Secret\nmetadata: {name: api-tls-secret, namespace: istio-system}\ntype: kubernetes.io/tls\ndata: {tls.crt: "", tls.key: ""}\n' +
      services('user-service', 'order-service').replace(
        /name: (user|order)-service\n/g,
        'name: $1-service\n  namespace: production\n',
      );
    const users = 'GET https://api.example.com/api/v1/users/7';
    // The https listener admits only namespaces labelled gateway-access: "true".
    expect(simulateIn(base, 'istio-system/api-gateway', users)).toMatchObject({
      outcome: 'no-route',
      statusCode: 404,
    });
    expect(
      backendsOf(
        simulateIn(base, 'istio-system/api-gateway', 'GET http://api.example.com/api/v1/orders'),
      ),
    ).toEqual(['production/order-service 100']);
    const labelled = `${base}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: production\n  labels:\n    gateway-access: "true"\n`;
    const answer = simulateIn(labelled, 'istio-system/api-gateway', users);
    expect(answer.listener).toMatchObject({ name: 'https', protocol: 'HTTPS' });
    expect(backendsOf(answer)).toEqual(['production/user-service 100']);
  });

  it('Gateway API: canary 90/10, A/B by header, mirroring, timeouts', () => {
    expect(
      backendsOf(
        simulateIn(
          gatewayApi('canary-route', 'my-service-v1', 'my-service-v2'),
          'default/api-gateway',
          'GET http://api.example.com/',
        ),
      ),
    ).toEqual(['default/my-service-v1 90', 'default/my-service-v2 10']);
    const ab = gatewayApi('ab-testing', 'my-service-feature', 'my-service-stable');
    expect(
      backendsOf(
        simulateIn(ab, 'default/api-gateway', 'GET http://h/', ['x-feature-flag: new-checkout']),
      ),
    ).toEqual(['default/my-service-feature 100']);
    expect(backendsOf(simulateIn(ab, 'default/api-gateway', 'GET http://h/'))).toEqual([
      'default/my-service-stable 100',
    ]);
    const mirror = simulateIn(
      gatewayApi('mirror-traffic', 'my-service-shadow', 'my-service-stable'),
      'default/api-gateway',
      'GET http://h/',
    );
    expect(mirror.mirrors).toMatchObject([{ name: 'my-service-shadow', percent: 100 }]);
    expect(
      whyOf(
        simulateIn(
          gatewayApi('timeout-retry', 'my-service'),
          'default/api-gateway',
          'GET http://h/',
        ),
      ),
    ).toMatch(/request 10s/);
  });

  it('Istio: canary 90/10 over subsets, A/B by header, mirroring, timeout and retries', () => {
    expect(backendsOf(simulateIn(istio('canary-route'), 'mesh', 'GET http://my-service/'))).toEqual(
      ['default/my-service#stable 90', 'default/my-service#canary 10'],
    );
    const ab = istio('ab-testing', 'feature-checkout', 'stable');
    expect(
      backendsOf(
        simulateIn(ab, 'mesh', 'GET http://my-service/', ['x-feature-flag: new-checkout']),
      ),
    ).toEqual(['default/my-service#feature-checkout 100']);
    expect(backendsOf(simulateIn(ab, 'mesh', 'GET http://my-service/'))).toEqual([
      'default/my-service#stable 100',
    ]);
    // Without a DestinationRule for the subsets (the note gives none) Istio answers 503.
    expect(backendsOf(simulateIn(istio('ab-testing'), 'mesh', 'GET http://my-service/'))).toEqual([
      'default/my-service#stable 100 503',
    ]);
    const mirror = simulateIn(
      istio('mirror-traffic', 'stable', 'shadow'),
      'mesh',
      'GET http://my-service/',
    );
    expect(backendsOf(mirror)).toEqual(['default/my-service#stable 100']);
    expect(mirror.mirrors).toMatchObject([{ name: 'my-service', subset: 'shadow', percent: 100 }]);
    expect(whyOf(simulateIn(istio('timeout-retry'), 'mesh', 'GET http://my-service/'))).toMatch(
      /timeout: "10s"/,
    );
  });
});
