import { describe, expect, it } from 'vitest';
import type { Design } from '../../core/design/design.ts';
import { EXAMPLES, findExample } from '../../core/examples/index.ts';
import { buildGraph } from '../../core/graph/build.ts';
import { TestDesigner } from '../../store/testing/test-designer.ts';
import { coverageHighlight, testRunOf } from '../routing-tests/test-run.ts';
import { defaultSimulation } from './default-request.ts';
import { entryOptions } from './entry-options.ts';
import {
  requestSpecOf,
  runSimulation,
  saveAsTestCommand,
  type Simulated,
} from './run-simulation.ts';

function simulateDefault(design: Design) {
  const graph = buildGraph(design);
  const options = entryOptions(design, graph);
  const request = defaultSimulation(design, graph, options);
  return { request, options, result: runSimulation(design, graph, options, request) };
}

function simulated(result: ReturnType<typeof runSimulation>): Simulated {
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('the Simulate panel', () => {
  it.each(EXAMPLES.filter((e) => !e.id.startsWith('large')).map((e) => [e.id, e] as const))(
    'starts %s with a request the design answers with a backend or a redirect',
    (_, example) => {
      const designer = new TestDesigner(example.files);
      const { answer } = simulated(simulateDefault(designer.state.design).result);
      expect(['backend', 'redirect']).toContain(answer.outcome);
    },
  );

  it('offers each Gateway and listener, each Istio Gateway and the mesh per client namespace', () => {
    const design = new TestDesigner(findExample('overview')!.files).state.design;
    const ids = entryOptions(design, buildGraph(design)).map((o) => o.id);
    expect(ids).toEqual([
      'gateway:infra/edge',
      'gateway:infra/edge#http',
      'gateway:infra/edge#https',
      'istio-gateway:istio-system/public',
      'mesh',
      'mesh:travel',
    ]);
  });

  it('offers a Service as an entry only when a mesh (GAMMA) route attaches to it', () => {
    const designer = new TestDesigner()
      .add('Service', 'reviews')
      .add('Service', 'ratings')
      .add('HTTPRoute', 'reviews', {
        body: { spec: { parentRefs: [{ group: '', kind: 'Service', name: 'reviews' }] } },
      });
    const design = designer.state.design;
    const services = entryOptions(design, buildGraph(design)).filter(
      (o) => o.entry.type === 'service',
    );
    expect(services.map((o) => o.id)).toEqual(['service:default/reviews']);
  });

  it('sends TLS, TCP and UDP URLs as connections and header lines by name', () => {
    const entry = { type: 'gateway' as const, namespace: 'shop', name: 'edge' };
    const form = { entry: 'gateway:shop/edge', method: 'GET', sni: '', headers: '' };
    expect(requestSpecOf({ ...form, url: ' tls://db.example.com:443 ' }, entry)).toEqual({
      method: '-',
      url: 'tls://db.example.com:443',
    });
    expect(
      requestSpecOf({ ...form, url: 'http://a/', headers: ' x-a: 1 \n\nx-b: 2' }, entry).headers,
    ).toEqual(['x-a: 1', 'x-b: 2']);
  });

  it('says why a request cannot be simulated instead of answering', () => {
    const design = new TestDesigner(findExample('canary')!.files).state.design;
    const graph = buildGraph(design);
    const options = entryOptions(design, graph);
    const form = { entry: 'gateway:shop/web', method: 'GET', headers: '', sni: '' };
    expect(runSimulation(design, graph, options, { ...form, url: 'example.com/' })).toEqual({
      error: expect.stringContaining('is not a URL'),
    });
    expect(
      runSimulation(design, graph, options, {
        ...form,
        entry: 'gateway:shop/gone',
        url: 'http://a/',
      }),
    ).toEqual({ error: expect.stringContaining('no longer has the entry point') });
  });
});

describe('Save as test', () => {
  it('adds a passing test in a new file as one undo step, which an edit then breaks', () => {
    const designer = new TestDesigner(findExample('canary')!.files);
    const run = simulated(simulateDefault(designer.state.design).result);
    expect(testRunOf(designer.state.design)).toBeUndefined();

    designer.dispatch(saveAsTestCommand(designer.state.design, run));
    expect(designer.state.design.files.map((f) => f.name)).toContain('routing-tests.yaml');
    const passing = testRunOf(designer.state.design)!;
    expect([passing.passed, passing.failed]).toEqual([1, 0]);

    designer.replace('weight: 10', 'weight: 30', 'canary.yaml');
    const failing = testRunOf(designer.state.design)!;
    expect(failing.failed).toBe(1);
    expect(failing.results[0]!.failures.join('\n')).toMatch(/checkout-canary.*10%.*25%/);

    designer.undo(2);
    expect(designer.state.design.files.map((f) => f.name)).not.toContain('routing-tests.yaml');
  });

  it('appends to the tests the design has, and marks the rules no test exercises', () => {
    const designer = new TestDesigner(findExample('overview')!.files);
    const first = simulated(simulateDefault(designer.state.design).result);
    designer.dispatch(saveAsTestCommand(designer.state.design, first));
    designer.dispatch(saveAsTestCommand(designer.state.design, first));
    const run = testRunOf(designer.state.design)!;
    expect(run.results).toHaveLength(2);
    const highlight = coverageHighlight(run.coverage);
    expect(highlight).toMatchObject({ type: 'coverage' });
    if (highlight.type !== 'coverage') return;
    const cart = 'gateway.networking.k8s.io/HTTPRoute/shop/shop-api#rule/0';
    expect([...highlight.tested]).toEqual([cart]);
    expect(highlight.untested).toContain(
      'gateway.networking.k8s.io/HTTPRoute/shop/checkout#rule/0',
    );
    expect(highlight.untested).not.toContain(cart);
  });
});
