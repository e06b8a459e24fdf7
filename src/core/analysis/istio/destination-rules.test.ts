import { describe, expect, it } from 'vitest';
import { dedent as yaml } from '../../testing/dedent.ts';
import { analyzeYaml } from '../test-support.ts';

/** `[istioCode, code, path]` of each diagnostic, for compact assertions. */
function found(text: string): string[][] {
  return analyzeYaml(text).diagnostics.map((d) => [d.istioCode ?? '', d.code, d.path ?? '']);
}

const backends = yaml`
  apiVersion: v1
  kind: Service
  metadata: {name: reviews, namespace: shop}
  spec: {selector: {app: reviews}, ports: [{port: 9080}]}
  ---
  apiVersion: networking.istio.io/v1
  kind: ServiceEntry
  metadata: {name: pay, namespace: shop}
  spec:
    hosts: [pay.example.com]
    ports: [{number: 443, name: https, protocol: TLS}]
    workloadSelector: {labels: {app: pay}}
  `;

function rule(host: string, subsets = ''): string {
  return `---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: dr, namespace: shop}
spec:
  host: ${host}
${subsets}`;
}

function deployment(name: string, labels: string): string {
  return `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
spec:
  selector: {matchLabels: {${labels}}}
  template:
    metadata: {labels: {${labels}}}
`;
}

const versions = `  subsets:
  - {name: v1, labels: {version: v1}}
  - {name: v2, labels: {version: v2}}
`;

describe('DestinationRule hosts (IST0174)', () => {
  it.each(['reviews', 'reviews.shop.svc.cluster.local', 'pay.example.com'])('finds %s', (host) => {
    expect(found(backends + rule(host))).toEqual([]);
  });

  it.each(['ratings', 'reviews.shop', 'api.example.com'])('reports %s', (host) => {
    const result = analyzeYaml(backends + rule(host));
    expect(found(backends + rule(host))).toEqual([['IST0174', 'dr-host-not-found', 'spec.host']]);
    expect(result.diagnostics[0]!.message).toMatch(
      `The host ${host} defined in the DestinationRule does not match any services in the mesh`,
    );
  });
});

describe('DestinationRule subsets (IST0173)', () => {
  it('finds subsets whose labels some workload has', () => {
    const design =
      backends +
      rule('reviews', versions) +
      deployment('reviews-v1', 'app: reviews, version: v1') +
      deployment('reviews-v2', 'app: reviews, version: v2');
    expect(found(design)).toEqual([]);
  });

  it('reports subsets no workload has, in a design that declares workloads', () => {
    const design = backends + rule('reviews', versions) + deployment('reviews-v1', 'version: v1');
    expect(found(design)).toEqual([['IST0173', 'dr-subset-no-pods', 'spec.subsets[1].labels']]);
    expect(found(backends + rule('reviews', versions))).toEqual([]);
  });

  it("adds a ServiceEntry's workloadSelector to the subset labels", () => {
    const subsets = '  subsets: [{name: eu, labels: {region: eu}}]\n';
    expect(
      found(backends + rule('pay.example.com', subsets) + deployment('x', 'region: eu')),
    ).toEqual([['IST0173', 'dr-subset-no-pods', 'spec.subsets[0].labels']]);
    expect(
      found(backends + rule('pay.example.com', subsets) + deployment('x', 'region: eu, app: pay')),
    ).toEqual([]);
  });
});
