import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesign, type SourceFile } from '../design/design.ts';
import { seedYamlBlocks } from '../testing/seed-blocks.ts';
import { buildGraph } from './build.ts';
import { assertWellFormed, edgeBetween, links } from './test-support.ts';

const EXAMPLES = path.resolve(process.cwd(), '../shared/corpus/gateway-api/examples');
const GW = 'gateway.networking.k8s.io';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

function source(file: string): SourceFile {
  return { name: path.relative(EXAMPLES, file), text: readFileSync(file, 'utf8') };
}

/** The graph of some example files, named relative to the examples folder. */
function examplesGraph(...relative: string[]) {
  return buildGraph(createDesign(relative.map((r) => source(path.join(EXAMPLES, r)))));
}

describe('Gateway API examples', () => {
  const files = yamlFiles(EXAMPLES);

  it('finds the examples', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it.each(files.map((f) => [path.relative(EXAMPLES, f), f]))(
    '%s builds a well-formed graph',
    (_, file) => {
      const design = createDesign([source(file)]);
      const graph = buildGraph(design);
      assertWellFormed(graph);
      expect(graph.nodes.filter((n) => n.type === 'resource')).toHaveLength(design.byKey.size);
    },
  );

  it('builds the whole corpus as one design', () => {
    assertWellFormed(buildGraph(createDesign(files.map(source))));
  });

  it('keeps traffic-splitting weights', () => {
    const graph = examplesGraph('standard/traffic-splitting/simple-split.yaml');
    const weights = graph.edges.filter((e) => e.type === 'backend').map((e) => [e.to, e.weight]);
    expect(weights).toEqual([
      ['missing:/Service/default/foo-v1', 90],
      ['missing:/Service/default/foo-v2', 10],
    ]);
  });

  it('links cross-namespace routes to the shared Gateway', () => {
    const dir = 'standard/cross-namespace-routing';
    const graph = examplesGraph(
      ...['0-namespaces.yaml', 'gateway.yaml', 'site-route.yaml', 'store-route.yaml'].map(
        (f) => `${dir}/${f}`,
      ),
    );
    const gateway = `${GW}/Gateway/infra-ns/shared-gateway`;
    const parents = graph.edges.filter((e) => e.type === 'parent-ref');
    expect(parents.map((e) => [e.from, e.to, e.crossNamespace])).toEqual([
      [`${GW}/HTTPRoute/site-ns/home`, gateway, true],
      [`${GW}/HTTPRoute/site-ns/login`, gateway, true],
      [`${GW}/HTTPRoute/store-ns/store`, gateway, true],
    ]);
    expect(links(graph, 'certificate')).toEqual([
      `${gateway}#listener/https -> missing:/Secret/infra-ns/foo-example-com`,
    ]);
    expect(links(graph, 'gateway-class')).toEqual([
      `${gateway} -> missing:${GW}/GatewayClass//shared-gateway-class`,
    ]);
  });

  it('attaches ListenerSets to their parent Gateway across namespaces', () => {
    const graph = examplesGraph('standard/listenerset/listenerset.yaml');
    const parent = `${GW}/Gateway/default/parent-gateway`;
    for (const team of [
      'team-1-ns/first-workload-listeners',
      'team-2-ns/second-workload-listeners',
    ]) {
      expect(
        edgeBetween(graph, `${GW}/ListenerSet/${team}`, parent, 'listener-set-parent')
          .crossNamespace,
      ).toBe(true);
    }
    expect(
      graph.nodeById.get(`${GW}/ListenerSet/team-1-ns/first-workload-listeners#listener/first`),
    ).toMatchObject({
      type: 'listener',
      parent: `${GW}/ListenerSet/team-1-ns/first-workload-listeners`,
    });
    expect(links(graph, 'certificate')).toContain(
      `${GW}/ListenerSet/team-2-ns/second-workload-listeners#listener/second -> missing:/Secret/team-2-ns/second-workload-cert`,
    );
  });

  it('reads BackendTLSPolicy, mirroring and ReferenceGrant examples', () => {
    const policy = examplesGraph('standard/backendtlspolicy/backendtlspolicy-ca-certs.yaml');
    expect(links(policy, 'policy-target').length).toBeGreaterThan(0);
    expect(links(policy, 'ca-certificate').length).toBeGreaterThan(0);
    const mirror = examplesGraph('standard/http-request-mirroring/httproute-mirroring.yaml');
    expect(links(mirror, 'mirror')).toEqual([
      `${GW}/HTTPRoute/default/http-filter-mirror#rule/0 -> missing:/Service/default/foo-v2`,
    ]);
    const grant = examplesGraph('standard/reference-grant.yaml');
    expect(links(grant, 'grant-from')).toEqual([
      `${GW}/ReferenceGrant/default/allow-prod-traffic -> missing:/Namespace//prod`,
    ]);
  });
});

describe('seed notes', () => {
  const blocks = seedYamlBlocks();
  const graphOfBlock = (file: string, marker: string) => {
    const block = blocks.find((b) => b.file.startsWith(file) && b.text.includes(marker));
    if (!block) throw new Error(`no block with ${marker} in seed ${file}`);
    return buildGraph(createDesign([{ name: `${block.file}#${block.index}`, text: block.text }]));
  };

  it('finds the YAML blocks of every seed', () => {
    expect(new Set(blocks.map((b) => b.file)).size).toBe(5);
  });

  it.each(blocks.map((b) => [`${b.file}#${b.index}`, b.text]))(
    '%s builds without throwing',
    (name, text) => {
      assertWellFormed(buildGraph(createDesign([{ name, text }])));
    },
  );

  it('links the Istio canary to the stable and canary subsets', () => {
    const graph = graphOfBlock('001', 'my-service-versions');
    const dr = 'networking.istio.io/DestinationRule/default/my-service-versions';
    const route = 'networking.istio.io/VirtualService/default/canary-route#http/0';
    expect(links(graph, 'subset')).toEqual([
      `${route} -> ${dr}#subset/stable`,
      `${route} -> ${dr}#subset/canary`,
    ]);
    expect(graph.edges.filter((e) => e.type === 'destination').map((e) => e.weight)).toEqual([
      90, 10,
    ]);
    expect(links(graph, 'destination-rule-host')).toEqual([
      `${dr} -> missing:/Service/default/my-service`,
    ]);
  });

  it('links the Istio ingress VirtualService to its Gateway in istio-system', () => {
    const graph = graphOfBlock('001', 'istio-system/api-gateway');
    const vs = 'networking.istio.io/VirtualService/production/api-routes';
    const gateway = 'networking.istio.io/Gateway/istio-system/api-gateway';
    expect(edgeBetween(graph, vs, gateway, 'istio-gateway').crossNamespace).toBe(true);
    expect(links(graph, 'certificate')).toEqual([
      `${gateway}#server/1 -> missing:/Secret/istio-system/api-tls-secret`,
    ]);
    expect(links(graph, 'destination')).toContain(
      `${vs}#http/2 -> missing:/Service/production/default-service`,
    );
  });

  it('links the Gateway API seed route to the Gateway and its class', () => {
    const graph = graphOfBlock('000', 'kind: GatewayClass');
    const gateway = `${GW}/Gateway/istio-system/api-gateway`;
    expect(links(graph, 'gateway-class')).toEqual([`${gateway} -> ${GW}/GatewayClass//istio`]);
    expect(
      edgeBetween(graph, `${GW}/HTTPRoute/production/api-routes`, gateway, 'parent-ref')
        .crossNamespace,
    ).toBe(true);
    expect(links(graph, 'certificate')).toEqual([
      `${gateway}#listener/https -> missing:/Secret/istio-system/api-tls-secret`,
    ]);
  });

  it('keeps the seed mirror target and its subset', () => {
    const graph = graphOfBlock('001', 'subset: shadow');
    const route = 'networking.istio.io/VirtualService/default/mirror-traffic#http/0';
    expect(links(graph, 'mirror')).toEqual([`${route} -> missing:/Service/default/my-service`]);
    expect(links(graph, 'subset')).toContain(
      `${route} -> missing:/Service/default/my-service#subset/shadow`,
    );
  });
});
