import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { applyCommand } from '../commands/apply.ts';
import { createDesign, findFile, setFileText, type Design } from '../design/design.ts';
import { gatewayApiExamples } from '../examples/gateway-api.ts';
import { buildGraph } from '../graph/build.ts';
import { buildRequest } from '../simulate/request.ts';
import { simulate } from '../simulate/simulate.ts';
import { dedent } from '../testing/dedent.ts';
import { addRoutingTestCommand, runRoutingTests, testFromAnswer } from './index.ts';

const canary = gatewayApiExamples.find((e) => e.id === 'canary')!.files;
const withTests = (tests: string, files = canary): Design =>
  createDesign([
    ...files,
    {
      name: 'checks.yaml',
      text:
        dedent`
    apiVersion: routestudio.dev/v1alpha1
    kind: RoutingTests
    metadata:
      name: checkout
    spec:
      tests:
  ` + tests,
    },
  ]);

const failures = (design: Design) =>
  runRoutingTests(design).results.map((r) => [r.test.name, r.passed, ...r.failures]);

describe('routing tests', () => {
  it('pass when the simulator gives the expected backends with exact shares', () => {
    const design = withTests(
      dedent`
      - name: canary split
        gateway: shop/web
        request: GET http://shop.example.com/checkout
        expect:
          outcome: backend
          route: {kind: HTTPRoute, namespace: shop, name: checkout, rule: 0}
          backends:
          - {name: checkout-stable, namespace: shop, share: 90}
          - {name: checkout-canary, share: 10}
    `.replace(/^/gm, '  '),
    );
    expect(failures(design)).toEqual([['canary split', true]]);
  });

  it('fail with one message per difference', () => {
    const design = withTests(
      dedent`
      - name: wrong
        gateway: shop/web
        request: GET http://shop.example.com/
        headers: {x-a: "1"}
        expect:
          outcome: redirect
          statusCode: 301
          backends: [{name: checkout-stable, share: 100}]
          redirect: https://shop.example.com/
          path: /rewritten
          headers: {x-a: "2"}
          mirrors: [{name: shadow}]
          route: {name: other}
    `.replace(/^/gm, '  '),
    );
    expect(failures(design)[0]).toEqual([
      'wrong',
      false,
      'expected outcome redirect, got backend',
      'expected status 301, got none (backend)',
      'expected checkout-stable to get 100%, it gets 90%',
      'shop/checkout-canary also gets 10%',
      'expected a redirect to https://shop.example.com/, got no redirect',
      'expected the backend request path /rewritten, it is /',
      'expected request header x-a: 2, it is 1',
      'expected a mirror to shadow, there is none',
      'expected other to take it, HTTPRoute shop/checkout rule 0 did',
    ]);
  });

  it('report bad entries as diagnostics with the file, line and field, and fail them', () => {
    const design = withTests(
      dedent`
      - name: no entry
        request: GET http://shop.example.com/
        expect: {outcome: backend}
      - name: two entries
        gateway: shop/web
        service: shop/x
        request: GET nowhere
        expect: {backends: [{name: a, share: 60}]}
      - name: unknown gateway
        gateway: shop/nope
        request: GET http://h/
        expect: {outcome: backend}
    `.replace(/^/gm, '  '),
    );
    const diagnostics = analyzeDesign(design).diagnostics.filter(
      (d) => d.code === 'routing-test-invalid',
    );
    expect(diagnostics.map((d) => [d.file, d.range?.start.line, d.path, d.message])).toEqual([
      [
        'checks.yaml',
        7,
        'spec.tests[0]',
        'Routing test "no entry": say where the request enters: gateway, service or mesh.',
      ],
      [
        'checks.yaml',
        10,
        'spec.tests[1]',
        'Routing test "two entries": expect.backends shares add up to 60, not 100.',
      ],
      [
        'checks.yaml',
        10,
        'spec.tests[1]',
        'Routing test "two entries": give only one of gateway, service and mesh.',
      ],
      [
        'checks.yaml',
        10,
        'spec.tests[1]',
        'Routing test "two entries": \'nowhere\' is not a URL (write e.g. https://shop.example.com/cart).',
      ],
    ]);
    expect(failures(design).map((f) => f.slice(0, 2))).toEqual([
      ['no entry', false],
      ['two entries', false],
      ['unknown gateway', false],
    ]);
    expect(failures(design)[2]).toContain('The design has no Gateway shop/nope.');
  });

  it('are checked against their schema and kept out of the graph', () => {
    const design = withTests(
      '  - {name: typed, gateway: shop/web, request: GET http://h/, expect: {backends: [{name: a, share: ten}]}}\n',
    );
    expect(
      analyzeDesign(design).diagnostics.some(
        (d) => d.file === 'checks.yaml' && d.code.startsWith('schema-'),
      ),
    ).toBe(true);
    expect(buildGraph(design).nodes.some((n) => n.kind === 'RoutingTests')).toBe(false);
  });

  it('report route coverage by match, with graph node ids and field paths', () => {
    const basic = gatewayApiExamples.find((e) => e.id === 'gateway-api-basic')!.files;
    const design = withTests(
      '  - {name: cart, gateway: infra/edge, request: GET http://shop.example.com/api/cart, expect: {outcome: backend}}\n',
      basic,
    );
    const { coverage } = runRoutingTests(design);
    expect(coverage).toMatchObject({
      covered: 1,
      total: 2,
      percent: 50,
      rules: { covered: 1, total: 2 },
    });
    expect(coverage.items.map((i) => [i.node, i.path, i.tests])).toEqual([
      [
        'gateway.networking.k8s.io/HTTPRoute/shop/shop-api#rule/0',
        'spec.rules[0].matches[0]',
        ['cart'],
      ],
      ['gateway.networking.k8s.io/HTTPRoute/shop/shop-api#rule/1', 'spec.rules[1].matches[0]', []],
    ]);
  });
});

describe('save as test', () => {
  it('turns an answer into a test that passes, and fails after an edit breaks it', () => {
    let design = createDesign(canary);
    const spec = { method: 'GET', url: 'http://shop.example.com/checkout', headers: ['x-user: 7'] };
    const request = buildRequest(spec);
    if ('error' in request) throw new Error(request.error);
    const entry = { type: 'gateway', namespace: 'shop', name: 'web' } as const;
    const test = testFromAnswer(entry, spec, simulate(design, entry, request));
    const added = applyCommand(design, addRoutingTestCommand(design, test));
    expect(added.diagnostics).toEqual([]);
    design = added.design;
    expect(findFile(design, 'routing-tests.yaml')?.text).toContain('kind: RoutingTests');
    expect(failures(design)).toEqual([['GET http://shop.example.com/checkout', true]]);
    // A second save appends to the same document.
    const again = applyCommand(design, addRoutingTestCommand(design, { ...test, name: 'again' }));
    expect(runRoutingTests(again.design).results).toHaveLength(2);
    const file = design.files[0]!;
    const broken = setFileText(design, file.name, file.text.replace('weight: 10', 'weight: 30'));
    expect(failures(broken)[0]).toEqual([
      'GET http://shop.example.com/checkout',
      false,
      'expected shop/checkout-stable to get 90%, it gets 75%',
      'expected shop/checkout-canary to get 10%, it gets 25%',
    ]);
  });
});

describe('save as test for the mesh', () => {
  it('keeps the client namespace and labels, so the saved test answers the same', () => {
    const design = createDesign(gatewayApiExamples.find((e) => e.id === 'canary')!.files);
    const spec = {
      url: 'http://checkout-stable:8080/',
      source: { namespace: 'shop', labels: { app: 'web' } },
    };
    const request = buildRequest(spec);
    if ('error' in request) throw new Error(request.error);
    const entry = { type: 'mesh' } as const;
    const test = testFromAnswer(entry, spec, simulate(design, entry, request), 'mesh call');
    expect(test).toMatchObject({
      gateway: 'mesh',
      source: { namespace: 'shop', labels: { app: 'web' } },
    });
    const saved = applyCommand(design, addRoutingTestCommand(design, test)).design;
    expect(
      runRoutingTests(saved).results.map((r) => [r.test.name, r.passed, ...r.failures]),
    ).toEqual([['mesh call', true]]);
  });
});
