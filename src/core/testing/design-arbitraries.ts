import fc from 'fast-check';
import { stringify } from 'yaml';

/**
 * fast-check generators for design texts: real Gateway API, Istio and core objects written in
 * the styles people use (block, flow, JSON, `kind: List`, comments, directives, `...`), mixed
 * with the broken documents the parser must survive.
 */

const name = fc.constantFrom('web', 'api', 'shop', 'a-b', 'x1', 'canary');
const namespace = fc.option(fc.constantFrom('default', 'prod', 'team-a'), { nil: undefined });
const port = fc.integer({ min: 1, max: 65535 });

const metadata = fc
  .record({ name, namespace })
  .map(({ name, namespace }) => (namespace === undefined ? { name } : { name, namespace }));

/** A plain object for one Kubernetes resource of the kinds Route Studio knows, or one it does not. */
export const resourceObject: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({
    apiVersion: fc.constant('gateway.networking.k8s.io/v1'),
    kind: fc.constant('HTTPRoute'),
    metadata,
    spec: fc.record({
      parentRefs: fc.array(fc.record({ name }), { minLength: 1, maxLength: 2 }),
      hostnames: fc.array(fc.constantFrom('a.example.com', '*.example.org'), { maxLength: 2 }),
      rules: fc.array(
        fc.record({ backendRefs: fc.array(fc.record({ name, port }), { maxLength: 2 }) }),
        { maxLength: 2 },
      ),
    }),
  }),
  fc.record({
    apiVersion: fc.constant('v1'),
    kind: fc.constant('Service'),
    metadata,
    spec: fc.record({ ports: fc.array(fc.record({ port }), { minLength: 1, maxLength: 2 }) }),
  }),
  fc.record({
    apiVersion: fc.constant('gateway.networking.k8s.io/v1'),
    kind: fc.constant('GatewayClass'),
    metadata: fc.record({ name }),
    spec: fc.record({ controllerName: fc.constant('example.com/gateway') }),
  }),
  fc.record({
    apiVersion: fc.constant('networking.istio.io/v1'),
    kind: fc.constant('VirtualService'),
    metadata,
    spec: fc.record({ hosts: fc.array(name, { minLength: 1, maxLength: 2 }) }),
  }),
  fc.record({
    apiVersion: fc.constant('example.com/v1alpha1'),
    kind: fc.constant('Widget'),
    metadata,
    spec: fc.dictionary(fc.constantFrom('size', 'x-y', 'on'), fc.oneof(fc.integer(), name)),
  }),
);

/** How one document is written. */
const style = fc.constantFrom('block', 'flow', 'json', 'commented', 'list');

function writeDocument(objects: Record<string, unknown>[], how: string): string {
  const [first = {}] = objects;
  switch (how) {
    case 'flow':
      return stringify(first, { collectionStyle: 'flow' });
    case 'json':
      return JSON.stringify(first, null, 2) + '\n';
    case 'commented':
      return `# ${String(first.kind)}\n` + stringify(first).replace('\n', ' # trailing\n');
    case 'list':
      return stringify({ apiVersion: 'v1', kind: 'List', items: objects });
    default:
      return stringify(first);
  }
}

/** One valid document holding one or more resources. */
export const validDocument: fc.Arbitrary<string> = fc
  .tuple(fc.array(resourceObject, { minLength: 1, maxLength: 3 }), style)
  .map(([objects, how]) => writeDocument(objects, how));

/** Documents that must become diagnostics, never exceptions. */
export const brokenDocument: fc.Arbitrary<string> = fc.constantFrom(
  'apiVersion: v1\nkind: Service\nmetadata:\n\tname: tabbed\n',
  'apiVersion: v1\nkind: Service\nkind: Service\nmetadata:\n  name: twice\n',
  '- just\n- a list\n',
  'kind: Service\nmetadata:\n  name: no-api-version\n',
  'apiVersion: v1\nkind: Service\nmetadata: {}\n',
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: "unterminated\n',
  'a: &x [1, 2]\nb: *x\nc: *missing\n',
  'apiVersion: v1\nkind: List\nitems:\n  - 42\n',
  'plain scalar document\n',
  '{ broken: flow\n',
);

/** Separators between documents, as found in real files. */
const separator = fc.constantFrom(
  '---\n',
  '--- # next\n',
  '\n---\n',
  '...\n---\n',
  '---\r\n',
  '...\n%YAML 1.1\n---\n',
);

/** A whole file: documents, some broken, with comments, directives and odd separators. */
export const designText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '# file header\n', '%YAML 1.2\n---\n', '---\n'),
    fc.array(
      fc.tuple(
        fc.oneof({ weight: 4, arbitrary: validDocument }, { weight: 1, arbitrary: brokenDocument }),
        separator,
      ),
      { maxLength: 5 },
    ),
    fc.constantFrom('', '# trailing comment\n', '...\n', '---\n', '\n\n'),
  )
  .map(([head, docs, tail]) => {
    const body = docs.map(([doc, sep], i) => (i === 0 ? doc : sep + doc)).join('');
    return head + body + tail;
  });
