/**
 * RoutingTests (routestudio.dev/v1alpha1, cluster-scoped): requests with the outcome each must
 * have, checked by `core/routing-tests`. Documented in docs/routing-tests.md.
 */
import { objectMeta, resourceShell } from '../common.ts';
import { bool, doc, int, list, map, num, obj, str, type ObjectSchema } from '../dsl.ts';

const backend = obj(
  {
    name: str({ description: 'Name of the Service (or backend object).', minLength: 1 }),
    namespace: str({ description: 'Its namespace (default: the entry point’s namespace).' }),
    kind: str({ description: 'Kind of the backend (default Service).' }),
    subset: str({ description: 'Istio DestinationRule subset.' }),
    share: num({
      description: 'Percentage of the matching requests it receives (exact, 0–100).',
      minimum: 0,
      maximum: 100,
    }),
    status: int({
      description: 'The status requests to it get instead (500 for an unresolved backend).',
    }),
  },
  { title: 'ExpectedBackend', required: ['share'] },
);

const mirror = obj(
  {
    name: str({ description: 'Name of the mirror Service.', minLength: 1 }),
    namespace: str({ description: 'Its namespace (default: the entry point’s namespace).' }),
    subset: str({ description: 'Istio subset.' }),
    percent: num({
      description: 'Percentage of requests copied (default 100).',
      minimum: 0,
      maximum: 100,
    }),
  },
  { title: 'ExpectedMirror', required: ['name'] },
);

const expect = obj(
  {
    outcome: str({
      description: 'What happens to the request.',
      enum: ['backend', 'redirect', 'response', 'no-route', 'error'],
    }),
    statusCode: int({
      description: 'The status the proxy answers with itself (redirect, 404, 500, …).',
    }),
    backends: list(backend, {
      description: 'Every backend that gets requests, with its exact share.',
    }),
    redirect: str({ description: 'The Location of the redirect.' }),
    host: str({ description: 'Host the backend request carries (after URLRewrite or rewrite).' }),
    path: str({
      description: 'Path the backend request carries (after rewrites), with its query.',
    }),
    headers: doc('Request headers the backends must receive, with these values.', map(str())),
    responseHeaders: doc('Headers the response must carry.', map(str())),
    mirrors: list(mirror, { description: 'Every mirror the request is copied to.' }),
    route: obj(
      {
        kind: str({
          description: 'HTTPRoute, GRPCRoute, TLSRoute, TCPRoute, UDPRoute or VirtualService.',
        }),
        namespace: str({ description: 'Namespace of the route.' }),
        name: str({ description: 'Name of the route.' }),
        rule: int({ description: 'Index of the rule (or Istio route).', minimum: 0 }),
      },
      { title: 'ExpectedRoute', description: 'The route and rule that must take the request.' },
    ),
  },
  { title: 'Expectation', description: 'What must happen; unset fields are not checked.' },
);

const testCase = obj(
  {
    name: str({ description: 'What the test checks, shown in results.' }),
    gateway: str({
      description: 'Entry point: a Gateway API or Istio Gateway `namespace/name`, or `mesh`.',
    }),
    listener: str({ description: 'Gateway API: only this listener of the Gateway.' }),
    service: str({ description: 'Entry point for GAMMA mesh routes: a Service `namespace/name`.' }),
    mesh: bool({ description: 'Entry point: Istio sidecars (same as gateway: mesh).' }),
    request: str({
      description:
        "'METHOD URL', e.g. 'GET https://shop.example.com/cart' or '- tls://api.example.com:443'.",
    }),
    headers: doc('Request headers by name.', map(str())),
    sni: str({ description: 'TLS server name, when it differs from the URL host.' }),
    source: obj(
      {
        namespace: str({ description: 'Namespace of the client workload.' }),
        labels: doc('Labels of the client workload.', map(str())),
      },
      { title: 'Source', description: 'Mesh client, for Istio sourceLabels and sourceNamespace.' },
    ),
    expect,
  },
  { title: 'RoutingTest', required: ['request', 'expect'] },
);

export function routingTests(apiVersion: string): ObjectSchema {
  return resourceShell(
    'RoutingTests',
    apiVersion,
    {
      spec: obj(
        { tests: list(testCase, { description: 'The requests to check, in order.' }) },
        {
          title: 'RoutingTestsSpec',
          description: 'Routing tests of the design.',
          required: ['tests'],
        },
      ),
    },
    objectMeta(),
  );
}
