import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatewayApiExamples } from '../core/examples/gateway-api.ts';
import { runCli } from './test-io.ts';

const dir = mkdtempSync(join(tmpdir(), 'simulate-cli-'));
const canary = join(dir, 'canary.yaml');
writeFileSync(canary, gatewayApiExamples.find((e) => e.id === 'canary')!.files[0]!.text);
const tests = join(dir, 'tests.yaml');
const testsText = (share: number) => `apiVersion: routestudio.dev/v1alpha1
kind: RoutingTests
metadata:
  name: checkout
spec:
  tests:
  - name: canary split
    gateway: shop/web
    request: GET http://shop.example.com/
    expect:
      backends:
      - {name: checkout-stable, share: ${share}}
      - {name: checkout-canary, share: ${100 - share}}
`;

describe('simulate command', () => {
  it('prints the answer as the JSON contract', async () => {
    const run = await runCli([
      'simulate',
      '--json',
      canary,
      '--gateway',
      'shop/web',
      '--request',
      'GET http://shop.example.com/cart',
      '-H',
      'X-User: 7',
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json).slice(0, 7)).toEqual([
      'outcome',
      'listener',
      'route',
      'explanation',
      'backends',
      'backendRequest',
      'mirrors',
    ]);
    expect(json).toMatchObject({
      outcome: 'backend',
      listener: { name: 'http', port: 80, protocol: 'HTTP' },
      route: { kind: 'HTTPRoute', namespace: 'shop', name: 'checkout', rule: 0, match: -1 },
      backends: [
        {
          kind: 'Service',
          namespace: 'shop',
          name: 'checkout-stable',
          port: 8080,
          weight: 90,
          probability: 0.9,
        },
        {
          kind: 'Service',
          namespace: 'shop',
          name: 'checkout-canary',
          port: 8080,
          weight: 10,
          probability: 0.1,
        },
      ],
      backendRequest: {
        method: 'GET',
        scheme: 'http',
        host: 'shop.example.com',
        path: '/cart',
        headers: { 'X-User': '7' },
      },
      mirrors: [],
    });
    expect(json.explanation[0]).toEqual({
      step: 'request',
      message: 'GET http://shop.example.com/cart enters at Gateway shop/web.',
    });
  });

  it('prints where the request goes and why, also for answers that are not backends', async () => {
    const run = await runCli([
      'simulate',
      canary,
      '--gateway',
      'shop/web',
      '--request',
      'GET http://shop.example.com:8080/',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^GET http:\/\/shop.example.com:8080\/ → error \(connection-refused\)\n/,
    );
    expect(run.stdout).toMatch(/Nothing listens on port 8080: the connection is refused\./);
    const ok = await runCli([
      'simulate',
      canary,
      '--gateway',
      'shop/web',
      '--request',
      'GET http://shop.example.com/',
    ]);
    expect(ok.stdout).toMatch(/ {5}90% {2}Service shop\/checkout-stable:8080\n/);
  });

  it('takes --service for mesh routes and tls:// with method -', async () => {
    const mesh = await runCli([
      'simulate',
      '--json',
      canary,
      '--service',
      'shop/checkout-stable',
      '--request',
      'GET http://checkout-stable.shop:8080/',
    ]);
    expect(JSON.parse(mesh.stdout).backends[0]).toMatchObject({
      name: 'checkout-stable',
      probability: 1,
    });
    const tls = await runCli([
      'simulate',
      '--json',
      canary,
      '--gateway',
      'shop/web',
      '--request',
      '- tls://shop.example.com:443',
    ]);
    expect(JSON.parse(tls.stdout)).toMatchObject({ outcome: 'error' });
  });

  it('exits 2 for unreadable input, a bad request or an unknown entry point', async () => {
    expect(
      (
        await runCli([
          'simulate',
          join(dir, 'missing.yaml'),
          '--gateway',
          'shop/web',
          '--request',
          'GET http://h/',
        ])
      ).code,
    ).toBe(2);
    const bad = await runCli([
      'simulate',
      canary,
      '--gateway',
      'shop/web',
      '--request',
      'GET nowhere',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/'nowhere' is not a URL/);
    const unknown = await runCli([
      'simulate',
      canary,
      '--gateway',
      'shop/none',
      '--request',
      'GET http://h/',
    ]);
    expect([unknown.code, unknown.stderr]).toEqual([2, 'The design has no Gateway shop/none.\n']);
    expect((await runCli(['simulate', canary, '--request', 'GET http://h/'])).code).toBe(2);
  });
});

describe('test command', () => {
  it('prints one line per test and the coverage; exits 1 when a test fails', async () => {
    writeFileSync(tests, testsText(90));
    const pass = await runCli(['test', dir]);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toMatch(/^PASS {2}canary split {2}\(.*tests\.yaml:7\)\n/);
    expect(pass.stdout).toMatch(/Route coverage: 100\.0% \(1 of 1 matches, 1 of 1 rules\)/);
    writeFileSync(tests, testsText(80));
    const fail = await runCli(['test', dir]);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(
      /FAIL {2}canary split .*\n {6}expected checkout-stable to get 80%, it gets 90%/,
    );
  });

  it('fails under --fail-under and prints JSON', async () => {
    writeFileSync(tests, testsText(90));
    const extra = join(dir, 'more.yaml');
    writeFileSync(
      extra,
      `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: other, namespace: shop}
spec:
  parentRefs: [{name: web}]
  rules:
  - matches: [{path: {type: PathPrefix, value: /other}}]
    backendRefs: [{name: checkout-stable, port: 8080}]
`,
    );
    const under = await runCli(['test', '--fail-under', '75', dir]);
    expect(under.code).toBe(1);
    expect(under.stdout).toMatch(
      /not covered: HTTPRoute shop\/other spec\.rules\[0\]\.matches\[0\]/,
    );
    expect(under.stderr).toMatch(/Route coverage 50\.0% is under 75%/);
    const json = JSON.parse((await runCli(['test', '--json', '--fail-under', '50', dir])).stdout);
    expect(json).toMatchObject({ passed: 1, failed: 0, coverage: { percent: 50, failUnder: 50 } });
    expect(json.tests[0]).toMatchObject({ name: 'canary split', passed: true, line: 7 });
    expect((await runCli(['test', '--fail-under', 'lots', dir])).code).toBe(2);
  });
});
