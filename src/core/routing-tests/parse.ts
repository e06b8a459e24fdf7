/**
 * Reads routing tests from a design: every `routestudio.dev/v1alpha1` `RoutingTests` document,
 * in whichever file (they are recognised by content). Bad entries become diagnostics with the
 * file, line and field; the schema (`schemas/route-studio`) checks types and unknown fields.
 */
import type { Design } from '../design/design.ts';
import { locateField } from '../design/locate.ts';
import { formatPath, type Diagnostic, type FieldPath } from '../diagnostics.ts';
import { at, list, num, record, text } from '../graph/read.ts';
import { ROUTE_STUDIO_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { gatewayEntry, serviceEntry } from '../simulate/entry.ts';
import { buildRequest } from '../simulate/request.ts';
import {
  ROUTING_TESTS_KIND,
  type ExpectedBackend,
  type ExpectedMirror,
  type Expectation,
  type RoutingTest,
} from './types.ts';

const OUTCOMES = new Set(['backend', 'redirect', 'response', 'no-route', 'error']);

function strings(value: unknown): Record<string, string> | undefined {
  const fields = record(value);
  return fields
    ? Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)]))
    : undefined;
}

function backends(value: unknown, problems: string[]): ExpectedBackend[] | undefined {
  if (value === undefined) return undefined;
  const out = list(value).map((b, i): ExpectedBackend => {
    const share = num(at(b, 'share'));
    if (share === undefined) problems.push(`expect.backends[${i}] needs a share (a percentage)`);
    const entry: ExpectedBackend = { share: share ?? 0 };
    for (const key of ['name', 'namespace', 'kind', 'subset'] as const) {
      const v = text(at(b, key));
      if (v !== undefined) entry[key] = v;
    }
    const status = num(at(b, 'status'));
    if (status !== undefined) entry.status = status;
    if (entry.name === undefined && entry.status === undefined)
      problems.push(`expect.backends[${i}] needs a name (or a status)`);
    return entry;
  });
  const total = out.reduce((sum, b) => sum + b.share, 0);
  if (out.length > 0 && Math.abs(total - 100) > 0.01)
    problems.push(`expect.backends shares add up to ${total}, not 100`);
  return out;
}

function mirrors(value: unknown): ExpectedMirror[] | undefined {
  if (value === undefined) return undefined;
  return list(value).flatMap((m): ExpectedMirror[] => {
    const name = text(at(m, 'name'));
    if (!name) return [];
    const entry: ExpectedMirror = { name };
    const namespace = text(at(m, 'namespace'));
    const subset = text(at(m, 'subset'));
    const percent = num(at(m, 'percent'));
    if (namespace !== undefined) entry.namespace = namespace;
    if (subset !== undefined) entry.subset = subset;
    if (percent !== undefined) entry.percent = percent;
    return [entry];
  });
}

function expectation(value: unknown, problems: string[]): Expectation {
  const fields = record(value);
  if (!fields) {
    problems.push('expect must say what should happen (outcome, statusCode, backends, …)');
    return {};
  }
  const out: Expectation = {};
  const outcome = text(fields.outcome);
  if (outcome !== undefined) {
    if (OUTCOMES.has(outcome)) out.outcome = outcome as Expectation['outcome'] & string;
    else problems.push(`expect.outcome ${outcome} is not one of ${[...OUTCOMES].join(', ')}`);
  }
  const statusCode = num(fields.statusCode);
  if (statusCode !== undefined) out.statusCode = statusCode;
  const expectedBackends = backends(fields.backends, problems);
  if (expectedBackends) out.backends = expectedBackends;
  for (const key of ['redirect', 'host', 'path'] as const) {
    const v = text(fields[key]);
    if (v !== undefined) out[key] = v;
  }
  const headers = strings(fields.headers);
  const responseHeaders = strings(fields.responseHeaders);
  if (headers) out.headers = headers;
  if (responseHeaders) out.responseHeaders = responseHeaders;
  const expectedMirrors = mirrors(fields.mirrors);
  if (expectedMirrors) out.mirrors = expectedMirrors;
  const route = record(fields.route);
  if (route) {
    const r: NonNullable<Expectation['route']> = {};
    for (const key of ['kind', 'namespace', 'name'] as const) {
      const v = text(route[key]);
      if (v !== undefined) r[key] = v;
    }
    const rule = num(route.rule);
    if (rule !== undefined) r.rule = rule;
    out.route = r;
  }
  if (Object.keys(out).length === 0) problems.push('expect checks nothing');
  return out;
}

function parseTest(design: Design, resource: Resource, value: unknown, index: number): RoutingTest {
  const path: FieldPath = ['spec', 'tests', index];
  const problems: string[] = [];
  const requestLine = text(at(value, 'request'));
  const test: RoutingTest = {
    resource,
    index,
    path,
    name: text(at(value, 'name')) ?? requestLine ?? `tests[${index}]`,
    expect: expectation(at(value, 'expect'), problems),
    problems,
  };
  const gateway = text(at(value, 'gateway'));
  const service = text(at(value, 'service'));
  const mesh = at(value, 'mesh') === true;
  const entries = [gateway, service, mesh ? 'mesh' : undefined].filter((e) => e !== undefined);
  if (entries.length !== 1)
    problems.push(
      entries.length === 0
        ? 'say where the request enters: gateway, service or mesh'
        : 'give only one of gateway, service and mesh',
    );
  else if (service !== undefined) test.entry = serviceEntry(design, service);
  else {
    const entry = gatewayEntry(design, gateway ?? 'mesh', text(at(value, 'listener')));
    const namespace = text(at(value, 'source', 'namespace'));
    test.entry =
      entry.type === 'mesh' && namespace !== undefined ? { type: 'mesh', namespace } : entry;
  }
  if (requestLine === undefined) problems.push("request is required ('METHOD URL')");
  else {
    const parts = requestLine.trim().split(/\s+/);
    const [method, url] = parts.length === 2 ? [parts[0], parts[1]!] : [undefined, parts[0]!];
    const headers = strings(at(value, 'headers'));
    const sni = text(at(value, 'sni'));
    const source = record(at(value, 'source'));
    const spec = {
      url,
      ...(method === undefined ? {} : { method }),
      ...(headers ? { headers } : {}),
      ...(sni === undefined ? {} : { sni }),
      ...(source
        ? {
            source: {
              ...(text(source.namespace) ? { namespace: text(source.namespace)! } : {}),
              ...(strings(source.labels) ? { labels: strings(source.labels)! } : {}),
            },
          }
        : {}),
    };
    const built =
      parts.length > 2
        ? { error: `request '${requestLine}' is not 'METHOD URL'` }
        : buildRequest(spec);
    if ('error' in built) problems.push(built.error);
    else test.request = spec;
  }
  return test;
}

/** True for Route Studio's routing test documents. */
export function isRoutingTests(resource: Resource): boolean {
  return resource.group === ROUTE_STUDIO_GROUP && resource.kind === ROUTING_TESTS_KIND;
}

export interface ParsedTests {
  tests: RoutingTest[];
  diagnostics: Diagnostic[];
}

const cache = new WeakMap<Design, ParsedTests>();

/** Every routing test of the design, in file and document order, with diagnostics for bad ones. */
export function routingTestsOf(design: Design): ParsedTests {
  const known = cache.get(design);
  if (known) return known;
  const tests: RoutingTest[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const resource of design.resources) {
    if (!isRoutingTests(resource)) continue;
    list(at(resource.value, 'spec', 'tests')).forEach((value, i) => {
      const test = parseTest(design, resource, value, i);
      tests.push(test);
      for (const problem of test.problems) {
        diagnostics.push({
          code: 'routing-test-invalid',
          severity: 'error',
          message: `Routing test "${test.name}": ${problem.replace(/\.$/, '')}.`,
          file: resource.file,
          range: locateField(design, resource, test.path),
          path: formatPath(test.path),
          resource: { kind: resource.kind, name: resource.name },
        });
      }
    });
  }
  const parsed = { tests, diagnostics };
  cache.set(design, parsed);
  return parsed;
}
