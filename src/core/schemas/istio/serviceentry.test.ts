import { describe, expect, it } from 'vitest';
import { analyzeYaml } from '../../analysis/test-support.ts';

const entry = (spec: string) => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: se, namespace: shop}
spec:
${spec}`;

function problems(spec: string): string[] {
  return analyzeYaml(entry(spec)).diagnostics.map((d) => d.message);
}

describe('ServiceEntry schema', () => {
  it('accepts an external entry', () => {
    expect(
      problems(`  hosts: [api.example.com]
  ports: [{number: 443, name: https, protocol: TLS}]
  location: MESH_EXTERNAL
  resolution: DNS
  endpoints: [{address: api.example.com}]
`),
    ).toEqual([]);
  });

  it("reports the CRD's rules", () => {
    expect(
      problems(`  hosts: ["*"]
  addresses: [10.0.0.0/24]
  ports: [{number: 443, name: a}, {number: 443, name: b}, {number: 0, name: c}]
  resolution: DNS_ROUND_ROBIN
  endpoints: [{address: a.example.com}, {labels: {v: "1"}}]
  workloadSelector: {labels: {app: db}}
`),
    ).toEqual([
      'spec: only one of WorkloadSelector or Endpoints can be set',
      'spec: CIDR addresses are allowed only for NONE/STATIC resolution types',
      'spec: DNS_ROUND_ROBIN mode cannot have multiple endpoints',
      'spec.hosts[0]: hostname cannot be wildcard',
      'spec.ports: port number cannot be duplicated',
      'spec.ports[2].number: port must be between 1-65535',
      'spec.endpoints[1]: Address is required',
    ]);
  });

  it('requires hosts and the name and number of each port', () => {
    expect(problems('  ports: [{protocol: TCP}]\n').length).toBe(3);
  });
});
