import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createDesign, setFileText } from '../design/design.ts';
import { buildGraph, createGraphBuilder } from './build.ts';
import { assertWellFormed } from './test-support.ts';

const KINDS = [
  ['gateway.networking.k8s.io/v1', 'Gateway'],
  ['gateway.networking.k8s.io/v1', 'ListenerSet'],
  ['gateway.networking.k8s.io/v1', 'HTTPRoute'],
  ['gateway.networking.k8s.io/v1alpha2', 'TCPRoute'],
  ['gateway.networking.k8s.io/v1beta1', 'ReferenceGrant'],
  ['gateway.networking.k8s.io/v1', 'BackendTLSPolicy'],
  ['networking.istio.io/v1', 'Gateway'],
  ['networking.istio.io/v1beta1', 'VirtualService'],
  ['networking.istio.io/v1alpha3', 'DestinationRule'],
  ['v1', 'Service'],
] as const;

/** Field names the graph reads, so random specs reach deep into the extractors. */
const FIELDS = [
  ...['parentRefs', 'parentRef', 'rules', 'backendRefs', 'filters', 'requestMirror', 'backendRef'],
  ...['name', 'namespace', 'sectionName', 'port', 'weight', 'group', 'kind', 'listeners', 'tls'],
  ...['certificateRefs', 'gatewayClassName', 'from', 'to', 'targetRefs', 'targetRef', 'validation'],
  ...['caCertificateRefs', 'gateways', 'http', 'tcp', 'match', 'route', 'destination', 'host'],
  ...['subset', 'subsets', 'mirror', 'mirrors', 'servers', 'credentialName', 'credentialNames'],
];

const { value: anyValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { maxDepth: 6, depthSize: 'small' },
    fc.constantFrom(
      null,
      true,
      0,
      -1,
      80,
      1.5,
      '',
      'a',
      'b',
      'mesh',
      'x/a',
      'a.x.svc',
      '*',
      'Service',
    ),
    fc.string({ maxLength: 4 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...FIELDS), tie('value'), { maxKeys: 4 }),
  ),
}));

const resourceText = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    name: fc.constantFrom('a', 'b'),
    namespace: fc.constantFrom('default', 'x'),
    spec: anyValue,
  })
  .map(({ kind: [apiVersion, kind], name, namespace, spec }) =>
    stringify({ apiVersion, kind, metadata: { name, namespace }, spec }),
  );

const fileText = fc.array(resourceText, { maxLength: 5 }).map((docs) => docs.join('---\n'));

describe('buildGraph', () => {
  it('never throws and keeps every edge between nodes, whatever the field types', () => {
    fc.assert(
      fc.property(fileText, (text) => {
        assertWellFormed(buildGraph(createDesign([{ name: 'f.yaml', text }])));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same graph after edits as a build from scratch', () => {
    const edit = fc.record({ file: fc.constantFrom('a.yaml', 'b.yaml'), text: fileText });
    fc.assert(
      fc.property(fileText, fileText, fc.array(edit, { maxLength: 6 }), (a, b, edits) => {
        let design = createDesign([
          { name: 'a.yaml', text: a },
          { name: 'b.yaml', text: b },
        ]);
        buildGraph(design);
        for (const { file, text } of edits) {
          design = setFileText(design, file, text);
          expect(buildGraph(design)).toEqual(createGraphBuilder()(design));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the first definition of a duplicated resource', () => {
    const doc = (port: number) =>
      `apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\nspec: {listeners: [{name: l${port}, port: ${port}}]}\n`;
    const graph = buildGraph(createDesign([{ name: 'f.yaml', text: `${doc(80)}---\n${doc(81)}` }]));
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'gateway.networking.k8s.io/Gateway/default/gw',
      'gateway.networking.k8s.io/Gateway/default/gw#listener/l80',
    ]);
  });
});

describe('rebuilding after an edit', () => {
  const route = (backend: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r}
spec: {rules: [{backendRefs: [{name: ${backend}, port: 80}]}]}
`;
  const service = 'apiVersion: v1\nkind: Service\nmetadata: {name: api}\n';

  it('reuses the memoized parts of untouched resources and re-resolves references', () => {
    const build = createGraphBuilder();
    const before = createDesign([{ name: 'f.yaml', text: `${service}---\n${route('api')}` }]);
    const after = setFileText(before, 'f.yaml', `${service}---\n${route('web')}`);
    const first = build(before);
    const second = build(after);
    const node = (graph: typeof first, id: string) => graph.nodeById.get(id);
    expect(node(second, '/Service/default/api')).toBe(node(first, '/Service/default/api'));
    const rule = 'gateway.networking.k8s.io/HTTPRoute/default/r#rule/0';
    expect(node(second, rule)).not.toBe(node(first, rule));
    expect(second.edges.map((e) => e.to)).toEqual(['missing:/Service/default/web']);
    // Renaming the Service back resolves the edge again, though the route did not change.
    const renamed = setFileText(
      after,
      'f.yaml',
      `${service.replace('name: api', 'name: web')}---\n${route('web')}`,
    );
    expect(build(renamed).edges.map((e) => e.to)).toEqual(['/Service/default/web']);
  });
});
