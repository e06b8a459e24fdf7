/** Compares a simulator answer with a test's expectation: one message per difference. */
import type { SimAnswer, SimBackend } from '../simulate/answer.ts';
import type { ExpectedBackend, Expectation } from './types.ts';

/** Shares are exact; written percentages are compared to this many percentage points. */
export const SHARE_TOLERANCE = 0.005;

const percent = (p: number) => `${Math.round(p * 1e4) / 100}%`;

function sameBackend(expected: ExpectedBackend, actual: SimBackend): boolean {
  return (
    (expected.name === undefined || expected.name === actual.name) &&
    (expected.namespace === undefined || expected.namespace === actual.namespace) &&
    (expected.kind ?? 'Service') === actual.kind &&
    expected.subset === actual.subset &&
    (expected.status === undefined || expected.status === actual.error?.statusCode)
  );
}

function describe(b: {
  name?: string;
  namespace?: string;
  subset?: string;
  status?: number;
}): string {
  const name = b.name ?? `status ${b.status}`;
  return `${b.namespace ? `${b.namespace}/` : ''}${name}${b.subset ? ` (${b.subset})` : ''}`;
}

function checkBackends(
  expected: readonly ExpectedBackend[],
  answer: SimAnswer,
  out: string[],
): void {
  const left = [...answer.backends];
  for (const want of expected) {
    const i = left.findIndex((b) => sameBackend(want, b));
    if (i === -1) {
      out.push(`expected ${describe(want)} to get ${want.share}%, but it gets none`);
      continue;
    }
    const got = left.splice(i, 1)[0]!;
    if (Math.abs(got.probability * 100 - want.share) > SHARE_TOLERANCE) {
      out.push(
        `expected ${describe(want)} to get ${want.share}%, it gets ${percent(got.probability)}`,
      );
    }
    if (want.status === undefined && got.error)
      out.push(`requests to ${describe(want)} get ${got.error.statusCode}: ${got.error.reason}`);
  }
  for (const extra of left) {
    out.push(
      `${describe({ name: extra.name, namespace: extra.namespace, ...(extra.subset ? { subset: extra.subset } : {}) })} also gets ${percent(extra.probability)}`,
    );
  }
}

function checkMap(
  what: string,
  expected: Record<string, string>,
  actual: Record<string, string> | undefined,
  out: string[],
): void {
  const lower = new Map(Object.entries(actual ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  for (const [name, value] of Object.entries(expected)) {
    const got = lower.get(name.toLowerCase());
    if (got !== value)
      out.push(
        got === undefined
          ? `expected ${what} ${name}: ${value}, it is missing`
          : `expected ${what} ${name}: ${value}, it is ${got}`,
      );
  }
}

/** The differences between what the test expects and what the simulator answered. */
export function checkExpectation(expect: Expectation, answer: SimAnswer): string[] {
  const out: string[] = [];
  if (expect.outcome !== undefined && expect.outcome !== answer.outcome) {
    out.push(
      `expected outcome ${expect.outcome}, got ${answer.outcome}${answer.statusCode ? ` (${answer.statusCode})` : ''}`,
    );
  }
  if (expect.statusCode !== undefined && expect.statusCode !== answer.statusCode) {
    out.push(
      `expected status ${expect.statusCode}, got ${answer.statusCode ?? `none (${answer.outcome})`}`,
    );
  }
  if (expect.backends) checkBackends(expect.backends, answer, out);
  if (expect.redirect !== undefined && expect.redirect !== answer.redirect?.location) {
    out.push(
      `expected a redirect to ${expect.redirect}, got ${answer.redirect?.location ?? 'no redirect'}`,
    );
  }
  if (expect.host !== undefined && expect.host !== answer.backendRequest?.host) {
    out.push(
      `expected the backend request to carry host ${expect.host}, it carries ${answer.backendRequest?.host ?? 'none'}`,
    );
  }
  if (expect.path !== undefined && expect.path !== answer.backendRequest?.path) {
    out.push(
      `expected the backend request path ${expect.path}, it is ${answer.backendRequest?.path ?? 'none'}`,
    );
  }
  if (expect.headers)
    checkMap('request header', expect.headers, answer.backendRequest?.headers, out);
  if (expect.responseHeaders)
    checkMap('response header', expect.responseHeaders, answer.responseHeaders, out);
  if (expect.mirrors) {
    const left = [...answer.mirrors];
    for (const want of expect.mirrors) {
      const i = left.findIndex(
        (m) =>
          m.name === want.name &&
          (want.namespace === undefined || want.namespace === m.namespace) &&
          want.subset === m.subset,
      );
      if (i === -1) out.push(`expected a mirror to ${describe(want)}, there is none`);
      else {
        const got = left.splice(i, 1)[0]!;
        const wanted = want.percent ?? 100;
        if (Math.abs(got.percent - wanted) > SHARE_TOLERANCE)
          out.push(`expected ${wanted}% mirrored to ${describe(want)}, it is ${got.percent}%`);
      }
    }
    for (const extra of left)
      out.push(`requests are also mirrored to ${extra.namespace}/${extra.name}`);
  }
  const route = expect.route;
  if (route) {
    const got = answer.route;
    const differs =
      !got ||
      (route.kind !== undefined && route.kind !== got.kind) ||
      (route.namespace !== undefined && route.namespace !== got.namespace) ||
      (route.name !== undefined && route.name !== got.name) ||
      (route.rule !== undefined && route.rule !== got.rule);
    if (differs) {
      const want =
        `${route.kind ?? ''} ${route.namespace ? `${route.namespace}/` : ''}${route.name ?? ''}${route.rule !== undefined ? ` rule ${route.rule}` : ''}`.trim();
      out.push(
        `expected ${want} to take it, ${got ? `${got.kind} ${got.namespace}/${got.name} rule ${got.rule} did` : 'no route did'}`,
      );
    }
  }
  return out;
}
