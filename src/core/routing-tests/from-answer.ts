/**
 * "Save as test": turns a simulator answer into a routing test that expects exactly that
 * answer, and the command that adds it to the design's routing tests.
 */
import type { Command, YamlValue } from '../commands/types.ts';
import type { Design } from '../design/design.ts';
import { findFile } from '../design/design.ts';
import { at, list } from '../graph/read.ts';
import { ROUTE_STUDIO_GROUP } from '../model/kinds.ts';
import type { SimAnswer } from '../simulate/answer.ts';
import type { SimEntry } from '../simulate/entry.ts';
import type { RequestSpec } from '../simulate/request.ts';
import { isRoutingTests } from './parse.ts';
import { ROUTING_TESTS_KIND } from './types.ts';

type Value = { [key: string]: YamlValue };

function entryFields(entry: SimEntry): Value {
  switch (entry.type) {
    case 'mesh':
      return { gateway: 'mesh' };
    case 'service':
      return { service: `${entry.namespace}/${entry.name}` };
    case 'istio-gateway':
      return { gateway: `${entry.namespace}/${entry.name}` };
    case 'gateway':
      return {
        gateway: `${entry.namespace}/${entry.name}`,
        ...(entry.listener ? { listener: entry.listener } : {}),
      };
  }
}

/** Rounds a probability to a percentage with four decimals (well inside the checked tolerance). */
function share(probability: number): number {
  return Math.round(probability * 1e6) / 1e4;
}

/** A routing test (as YAML data) that expects `answer` for `request` at `entry`. */
export function testFromAnswer(
  entry: SimEntry,
  request: RequestSpec,
  answer: SimAnswer,
  name?: string,
): Value {
  const line = `${request.method ?? (/^(tls|tcp|udp):/.test(request.url) ? '-' : 'GET')} ${request.url}`;
  const test: Value = { name: name ?? line, ...entryFields(entry), request: line };
  const headers = Array.isArray(request.headers)
    ? Object.fromEntries(
        (request.headers as string[]).map((h) => [
          h.slice(0, h.indexOf(':')).trim(),
          h.slice(h.indexOf(':') + 1).trim(),
        ]),
      )
    : (request.headers as Record<string, string> | undefined);
  if (headers && Object.keys(headers).length > 0) test.headers = headers;
  if (request.sni) test.sni = request.sni;
  const namespace =
    request.source?.namespace ?? (entry.type === 'mesh' ? entry.namespace : undefined);
  const labels = request.source?.labels;
  if (namespace !== undefined || labels) {
    test.source = {
      ...(namespace === undefined ? {} : { namespace }),
      ...(labels ? { labels: { ...labels } } : {}),
    };
  }
  const expect: Value = { outcome: answer.outcome };
  if (answer.statusCode !== undefined) expect.statusCode = answer.statusCode;
  if (answer.route) {
    expect.route = {
      kind: answer.route.kind,
      namespace: answer.route.namespace,
      name: answer.route.name,
      rule: answer.route.rule,
    };
  }
  if (answer.backends.length > 0) {
    expect.backends = answer.backends.map((b) => ({
      name: b.name,
      namespace: b.namespace,
      ...(b.subset === undefined ? {} : { subset: b.subset }),
      share: share(b.probability),
      ...(b.error ? { status: b.error.statusCode } : {}),
    }));
  }
  if (answer.redirect) expect.redirect = answer.redirect.location;
  const sent = answer.backendRequest;
  if (sent) {
    const url = /^[a-z]+:\/\/([^/:?#]+)(?::\d+)?([^?#]*)(\?[^#]*)?/i.exec(request.url);
    const path = `${url?.[2] || '/'}${url?.[3] ?? ''}`;
    if (url && sent.host.toLowerCase() !== url[1]!.toLowerCase()) expect.host = sent.host;
    if (sent.path !== path) expect.path = sent.path;
  }
  if (answer.mirrors.length > 0) {
    expect.mirrors = answer.mirrors.map((m) => ({
      name: m.name,
      namespace: m.namespace,
      ...(m.subset === undefined ? {} : { subset: m.subset }),
      percent: m.percent,
    }));
  }
  test.expect = expect;
  return test;
}

/** Where new tests go when the design has none yet. */
export const DEFAULT_TESTS_FILE = 'routing-tests.yaml';

/**
 * The command that adds `test` to the design: appended to the first RoutingTests document, or
 * in a new `routing-tests.yaml` (its own file, so kubectl exports leave it out).
 */
export function addRoutingTestCommand(design: Design, test: Value): Command {
  const suite = design.resources.find(isRoutingTests);
  if (suite) {
    const tests = at(suite.value, 'spec', 'tests');
    return Array.isArray(tests)
      ? {
          type: 'setField',
          key: suite.key,
          path: ['spec', 'tests', list(tests).length],
          value: test,
        }
      : { type: 'setField', key: suite.key, path: ['spec', 'tests'], value: [test] };
  }
  let file = DEFAULT_TESTS_FILE;
  for (let n = 2; findFile(design, file); n++) file = `routing-tests-${n}.yaml`;
  return {
    type: 'addResource',
    file,
    apiVersion: `${ROUTE_STUDIO_GROUP}/v1alpha1`,
    kind: ROUTING_TESTS_KIND,
    name: 'routing-tests',
    body: { spec: { tests: [test] } },
  };
}
