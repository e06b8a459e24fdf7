import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphJson } from './graph-json.ts';
import { isInputFailure } from './load-design.ts';
import { runCli } from './test-io.ts';

const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
spec:
  gatewayClassName: example
  listeners:
    - name: http
      protocol: HTTP
      port: 80
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs:
    - name: edge
  rules:
    - backendRefs:
        - name: web-v1
          port: 8080
          weight: 90
        - name: web-v2
          port: 8080
          weight: 10
`;

const SERVICE_JSON = JSON.stringify(
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web-v1', namespace: 'default' },
    spec: { ports: [{ port: 8080 }] },
  },
  null,
  2,
);

const BROKEN = `apiVersion: v1
kind: Service
metadata:
  name: broken
 namespace: nowhere
`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'route-studio-cli-'));
  await mkdir(join(dir, 'ok', 'nested'), { recursive: true });
  await writeFile(join(dir, 'ok', 'gateway.yaml'), GATEWAY);
  await writeFile(join(dir, 'ok', 'nested', 'service.json'), SERVICE_JSON);
  await writeFile(join(dir, 'ok', 'notes.txt'), 'not a manifest: [');
  await writeFile(join(dir, 'broken.yaml'), BROKEN);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const parseJson = (stdout: string) => JSON.parse(stdout) as GraphJson;

describe('graph --json', () => {
  it('reads a directory recursively (YAML and JSON, sorted) and prints one JSON document', async () => {
    const { code, stdout, stderr } = await runCli(['graph', '--json', join(dir, 'ok')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = parseJson(stdout);
    expect(out.resources).toEqual([
      {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'Gateway',
        namespace: 'default',
        name: 'edge',
        file: join(dir, 'ok', 'gateway.yaml'),
        line: 1,
        key: 'gateway.networking.k8s.io/Gateway/default/edge',
      },
      expect.objectContaining({ kind: 'HTTPRoute', name: 'web', line: 12 }),
      expect.objectContaining({
        kind: 'Service',
        name: 'web-v1',
        file: join(dir, 'ok', 'nested', 'service.json'),
        line: 1,
      }),
    ]);
    expect(out.diagnostics).toEqual([]);
    const route = 'gateway.networking.k8s.io/HTTPRoute/default/web';
    expect(out.nodes).toContainEqual(
      expect.objectContaining({ id: route, type: 'resource', kind: 'HTTPRoute', name: 'web' }),
    );
    expect(out.nodes).toContainEqual(expect.objectContaining({ parent: route, type: 'rule' }));
    const backends = out.edges.filter((e) => e.type === 'backend');
    expect(backends.map((e) => [e.to, e.weight])).toEqual([
      ['/Service/default/web-v1', 90],
      ['missing:/Service/default/web-v2', 10],
    ]);
    expect(out.edges).toContainEqual(
      expect.objectContaining({
        from: route,
        to: 'gateway.networking.k8s.io/Gateway/default/edge',
        type: 'parent-ref',
      }),
    );
    const ids = new Set(out.nodes.map((n) => n.id));
    for (const edge of out.edges) {
      expect(ids.has(edge.from)).toBe(true);
      expect(ids.has(edge.to)).toBe(true);
    }
  });

  it('still prints one JSON document, and exits 2, when a file does not parse', async () => {
    const broken = join(dir, 'broken.yaml');
    const { code, stdout, stderr } = await runCli(['graph', '--json', join(dir, 'ok'), broken]);
    expect(code).toBe(2);
    const out = parseJson(stdout);
    expect(out.resources.map((r) => r.name)).toEqual(['edge', 'web', 'web-v1']);
    expect(out.diagnostics.length).toBeGreaterThan(0);
    expect(out.diagnostics.every((d) => d.file === broken)).toBe(true);
    expect(out.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(stderr).toContain(`${broken}:5:`);
    expect(stderr).toMatch(/could not be read or parsed/);
  });

  it('reports an unreadable path as a file-unreadable diagnostic and exits 2', async () => {
    const missing = join(dir, 'does-not-exist.yaml');
    const { code, stdout, stderr } = await runCli(['graph', '--json', missing, join(dir, 'ok')]);
    expect(code).toBe(2);
    const out = parseJson(stdout);
    expect(out.diagnostics).toEqual([
      expect.objectContaining({ code: 'file-unreadable', severity: 'error', file: missing }),
    ]);
    expect(out.resources).toHaveLength(3);
    expect(stderr).toContain(missing);
  });

  it('gives objects without a namespace the --namespace one', async () => {
    const gateway = join(dir, 'ok', 'gateway.yaml');
    const { code, stdout } = await runCli(['graph', '--json', '--namespace', 'shop', gateway]);
    expect(code).toBe(0);
    expect(parseJson(stdout).resources.map((r) => r.namespace)).toEqual(['shop', 'shop']);
  });

  it('prints the same output on every run', async () => {
    const first = await runCli(['graph', '--json', dir]);
    const second = await runCli(['graph', '--json', dir]);
    expect(second.stdout).toBe(first.stdout);
  });

  it('always prints exactly one JSON document, whatever the input', async () => {
    const file = join(dir, 'arbitrary.yaml');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.constantFrom(GATEWAY, BROKEN, SERVICE_JSON).map((s) => s.slice(0, 40)),
        ),
        async (text) => {
          await writeFile(file, text);
          const { code, stdout } = await runCli(['graph', '--json', file]);
          const out = parseJson(stdout);
          expect(code).toBe(out.diagnostics.some(isInputFailure) ? 2 : 0);
        },
      ),
      { numRuns: 40 },
    );
    await rm(file);
  });

  it('accepts the Gateway API example corpus', async () => {
    const corpus = resolve(process.cwd(), '../shared/corpus/gateway-api/examples');
    const { code, stdout } = await runCli(['graph', '--json', corpus]);
    expect(code).toBe(0);
    const out = parseJson(stdout);
    expect(out.resources.length).toBeGreaterThan(50);
    expect(out.edges.length).toBeGreaterThan(50);
    expect(out.diagnostics.filter(isInputFailure)).toEqual([]);
    // The examples reuse names across files: that is reported, but every file parsed.
    expect(out.diagnostics.some((d) => d.code === 'duplicate-resource')).toBe(true);
  });
});

describe('graph (plain text)', () => {
  it('lists resources with file:line, nodes under their resource, and edges', async () => {
    const gateway = join(dir, 'ok', 'gateway.yaml');
    const { code, stdout } = await runCli(['graph', join(dir, 'ok')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Resources (3)\n');
    expect(stdout).toMatch(new RegExp(`HTTPRoute default/web +${gateway}:12\\n`));
    expect(stdout).toContain('Gateway default/edge\n    listener http\n');
    expect(stdout).toContain(
      'HTTPRoute default/web › rule 0 → Service default/web-v1  (backend, weight 90)',
    );
    expect(stdout).toContain('→ Service default/web-v2 (missing)  (backend, weight 10)');
    expect(stdout).toContain('HTTPRoute default/web → Gateway default/edge  (parent-ref)');
  });

  it('prints diagnostics on stderr, compiler style', async () => {
    const broken = join(dir, 'broken.yaml');
    const { code, stderr } = await runCli(['graph', broken]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^${broken}:\\d+:\\d+: error [a-z-]+: `, 'm'));
  });
});

describe('graph command line', () => {
  it('prints usage on --help', async () => {
    const { code, stdout, stderr } = await runCli(['graph', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: route-studio graph/);
    expect(stderr).toBe('');
  });

  it.each([
    [['graph', '--frobnicate', 'x.yaml'], /Unknown option '--frobnicate'/],
    [['graph', '--json'], /No input files given/],
    [['graph', '--namespace', 'Not_A_Namespace', 'x.yaml'], /not a valid namespace name/],
    [['graph', 'x.yaml', '--namespace'], /argument missing/],
  ])('rejects %j with usage on stderr and exit 2', async (argv, reason) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
    expect(stderr).toContain('Usage: route-studio graph');
  });
});
