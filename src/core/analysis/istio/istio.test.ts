import { describe, expect, it } from 'vitest';
import { analyzeYaml, codesOf } from '../test-support.ts';

const base = `apiVersion: v1
kind: Service
metadata:
  name: reviews
  namespace: shop
spec:
  ports:
  - port: 9080
---
apiVersion: v1
kind: Service
metadata:
  name: multi
  namespace: shop
spec:
  ports:
  - port: 80
  - port: 443
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
  namespace: shop
spec:
  host: reviews
  subsets:
  - name: v1
    labels:
      version: v1
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: ingress
  namespace: shop
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: 80
      name: http
      protocol: HTTP
    hosts:
    - "shop.example.com"
`;

function vs(spec: string, name = 'vs'): string {
  return `---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: ${name}
  namespace: shop
spec:
${spec}`;
}

const good = `  hosts:
  - shop.example.com
  gateways:
  - ingress
  http:
  - match:
    - uri:
        regex: "^/api/(?P<version>v[0-9]+)/.*"
    route:
    - destination:
        host: reviews
        subset: v1
      weight: 80
    - destination:
        host: reviews.shop.svc.cluster.local
      weight: 20
  - route:
    - destination:
        host: multi
        port:
          number: 443
`;

describe('Istio analyzers', () => {
  it('finds nothing wrong in a consistent design', () => {
    expect(codesOf(analyzeYaml(base + vs(good)))).toEqual([]);
  });

  it('reports gateways that are not in the design (IST0101)', () => {
    const result = analyzeYaml(base + vs(good.replace('  - ingress', '  - istio-system/other')));
    expect(codesOf(result)).toEqual(['vs-gateway-not-found']);
    expect(result.diagnostics[0]).toMatchObject({
      istioCode: 'IST0101',
      severity: 'warning',
      path: 'spec.gateways[0]',
    });
  });

  it('reports destinations, ports and subsets that do not resolve', () => {
    const broken = good
      .replace('host: reviews\n        subset: v1', 'host: reviews\n        subset: v2')
      .replace('host: reviews.shop.svc.cluster.local', 'host: ratings')
      .replace('number: 443', 'number: 8443');
    const result = analyzeYaml(base + vs(broken));
    expect(codesOf(result)).toEqual([
      'vs-destination-not-found',
      'vs-destination-port-not-found',
      'vs-subset-not-found',
    ]);
    expect(result.diagnostics.find((d) => d.code === 'vs-subset-not-found')!.message).toMatch(
      /"reviews\+v2": DestinationRule shop\/reviews defines v1/,
    );
    expect(result.diagnostics.every((d) => d.istioCode === 'IST0101')).toBe(true);
  });

  it('requires a destination port when the Service has several (IST0112)', () => {
    const result = analyzeYaml(
      base + vs(good.replace('        port:\n          number: 443\n', '')),
    );
    expect(codesOf(result)).toEqual(['vs-destination-port-required']);
    expect(result.diagnostics[0]!.istioCode).toBe('IST0112');
  });

  it('reports Gateways with the same selector, port and host (IST0145)', () => {
    const twin = base
      .slice(base.lastIndexOf('apiVersion: networking.istio.io/v1\nkind: Gateway'))
      .replace('name: ingress', 'name: ingress-2');
    const result = analyzeYaml(`${base}---\n${twin}`);
    expect(codesOf(result)).toEqual(['istio-gateway-conflict', 'istio-gateway-conflict']);
    const other = twin.replace('istio: ingressgateway', 'istio: other-gateway');
    expect(codesOf(analyzeYaml(`${base}---\n${other}`))).toEqual([]);
  });

  it('reports hosts the bound Gateway does not serve (IST0132)', () => {
    const result = analyzeYaml(
      base + vs(good.replace('  - shop.example.com', '  - admin.example.com')),
    );
    expect(codesOf(result)).toEqual(['vs-host-not-in-gateway']);
    expect(result.diagnostics[0]!.message).toMatch(
      /host \[admin.example.com\] defined in VirtualService shop\/vs not found in Gateway shop\/ingress. It serves shop.example.com/,
    );
  });

  it('reports the same mesh host in several VirtualServices (IST0109)', () => {
    const mesh =
      '  hosts:\n  - reviews\n  http:\n  - route:\n    - destination:\n        host: reviews\n';
    const result = analyzeYaml(
      base +
        vs(mesh, 'a') +
        vs(mesh.replace('  - reviews\n  http', '  - reviews.shop.svc.cluster.local\n  http'), 'b'),
    );
    expect(codesOf(result, 'error')).toEqual(['vs-host-conflict', 'vs-host-conflict']);
    expect(result.diagnostics[0]!.istioCode).toBe('IST0109');
    expect(codesOf(analyzeYaml(base + vs(mesh, 'a')))).toEqual([]);
  });

  it('reports rules after a catch-all (IST0130) and repeated matches (IST0131)', () => {
    const rules = `  hosts:
  - reviews
  http:
  - match:
    - uri:
        prefix: /a
    route:
    - destination:
        host: reviews
  - match:
    - uri:
        prefix: /a
      name: again
    route:
    - destination:
        host: reviews
  - route:
    - destination:
        host: reviews
  - match:
    - uri:
        prefix: /b
    route:
    - destination:
        host: reviews
`;
    const result = analyzeYaml(base + vs(rules));
    expect(
      result.diagnostics.map((d) => [
        d.istioCode,
        d.path,
        d.message.replace(/^VirtualService /, ''),
      ]),
    ).toEqual([
      ['IST0130', 'spec.http[1]', 'rule #1 not used (all matches used by prior rules).'],
      [
        'IST0131',
        'spec.http[1].match[0]',
        'rule #1 match "again" is not used (duplicate/overlapping match in rule #0).',
      ],
      ['IST0130', 'spec.http[3]', 'rule #3 not used (route without matches defined before).'],
    ]);
  });

  it('reports regexes RE2 rejects (IST0122)', () => {
    const result = analyzeYaml(
      base + vs(good.replace('^/api/(?P<version>v[0-9]+)/.*', '^/(?!internal).*')),
    );
    expect(codesOf(result)).toEqual(['invalid-regex']);
    expect(result.diagnostics[0]!.message).toMatch(/lookahead/);
  });

  it('reports weights that do not add up to 100', () => {
    const result = analyzeYaml(base + vs(good.replace('weight: 20', 'weight: 10')));
    expect(codesOf(result)).toEqual(['vs-weights-not-100']);
    expect(result.diagnostics[0]!.message).toMatch(/add up to 90/);
  });
});
