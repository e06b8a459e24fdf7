import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalyzeJson } from './analyze.ts';
import { runCli } from './test-io.ts';

const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));
const clean = join(dir, 'clean.yaml');
const broken = join(dir, 'broken.yaml');
const unparsable = join(dir, 'unparsable.yaml');
writeFileSync(
  clean,
  `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: r
spec:
  parentRefs:
  - name: gw
  rules:
  - backendRefs:
    - name: web
      port: 80
`,
);
writeFileSync(
  broken,
  `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: vs
spec:
  hosts:
  - web
  http:
  - route:
    - destination:
        host: web
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
  - port: 80
  - port: 443
`,
);
writeFileSync(unparsable, 'kind: [unclosed\n');
const hostile = join(dir, 'hostile.yaml');
writeFileSync(
  hostile,
  `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: r
spec:
  __proto__: {a: 1}
  constructor: 3
  parentRefs: [{name: gw, toString: 1}]
  rules:
  - sessionPersistence: {type: Cookie, cookie: {name: s}}
    backendRefs: [{name: web, port: 80}]
`,
);

describe('analyze command', () => {
  it('exits 0 with warnings only, 1 with --missing-as-error', async () => {
    const ok = await runCli(['analyze', clean]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/clean.yaml:7:5: warning parent-not-found: /);
    expect(ok.stdout).toMatch(/0 errors, 2 warnings\n$/);
    expect((await runCli(['analyze', '--missing-as-error', clean])).code).toBe(1);
  });

  it('prints the JSON contract and exits 1 on errors', async () => {
    const result = await runCli(['analyze', '--json', broken]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as AnalyzeJson;
    expect(json.resources.map((r) => r.kind)).toEqual(['VirtualService', 'Service']);
    const diagnostic = json.diagnostics.find((d) => d.code === 'vs-destination-port-required');
    expect(diagnostic).toEqual({
      severity: 'error',
      code: 'vs-destination-port-required',
      istioCode: 'IST0112',
      message: expect.stringMatching(/exposes multiple ports \[80 443\]/),
      resource: { kind: 'VirtualService', namespace: 'default', name: 'vs' },
      path: 'spec.http[0].route[0].destination',
      file: broken,
      line: 11,
      column: 9,
    });
    expect(json.status).toEqual([]);
  });

  it('prints route status in JSON', async () => {
    const json = JSON.parse((await runCli(['analyze', '--json', clean])).stdout) as AnalyzeJson;
    expect(json.status[0]).toMatchObject({
      resource: { kind: 'HTTPRoute', namespace: 'default', name: 'r' },
      parents: [{ parentRef: { kind: 'Gateway', name: 'gw', namespace: 'default' } }],
    });
  });

  it('writes SARIF 2.1.0 with rules, results and locations', async () => {
    const result = await runCli(['analyze', '--format', 'sarif', broken]);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    const index = run.tool.driver.rules.findIndex(
      (r: { id: string }) => r.id === 'vs-destination-port-required',
    );
    expect(run.tool.driver.rules[index].shortDescription.text).toMatch(/several ports/);
    const sarifResult = run.results.find(
      (r: { ruleId: string }) => r.ruleId === 'vs-destination-port-required',
    );
    expect(sarifResult).toMatchObject({
      ruleIndex: index,
      level: 'error',
      properties: { istioCode: 'IST0112' },
      locations: [{ physicalLocation: { region: { startLine: 11, startColumn: 9 } } }],
    });
    expect(result.code).toBe(1);
  });

  it('checks against the Gateway API release and channel given, and reads odd keys as fields', async () => {
    const standard = JSON.parse(
      (await runCli(['analyze', '--json', hostile])).stdout,
    ) as AnalyzeJson;
    expect(standard.gatewayApi).toBe('v1.6-standard');
    expect(standard.diagnostics.map((d) => `${d.code}@${d.path}`)).toEqual([
      'schema-unknown-field@spec.__proto__',
      'schema-unknown-field@spec.constructor',
      'parent-not-found@spec.parentRefs[0]',
      'schema-unknown-field@spec.parentRefs[0].toString',
      'schema-channel-field@spec.rules[0].sessionPersistence',
      'backend-not-found@spec.rules[0].backendRefs[0]',
    ]);
    const result = await runCli([
      'analyze',
      '--json',
      '--gateway-api',
      'v1.6-experimental',
      hostile,
    ]);
    const experimental = JSON.parse(result.stdout) as AnalyzeJson;
    expect(experimental.gatewayApi).toBe('v1.6-experimental');
    expect(experimental.diagnostics.map((d) => d.code)).not.toContain('schema-channel-field');
    const bad = await runCli(['analyze', '--gateway-api', 'v1.3', hostile]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown Gateway API target 'v1.3' \(v1.6-standard, /);
  });

  it('exits 2 on unreadable input or a bad command line', async () => {
    expect((await runCli(['analyze', unparsable])).code).toBe(2);
    expect((await runCli(['analyze', join(dir, 'absent.yaml')])).code).toBe(2);
    expect((await runCli(['analyze', '--format', 'xml', clean])).code).toBe(2);
    expect((await runCli(['analyze'])).code).toBe(2);
  });
});
