/** Runs a design's routing tests: every test through the simulator, checked, with coverage. */
import type { Design } from '../design/design.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { SimAnswer } from '../simulate/answer.ts';
import { buildRequest } from '../simulate/request.ts';
import { simulate } from '../simulate/simulate.ts';
import { checkExpectation } from './check.ts';
import { routeCoverage, type Coverage } from './coverage.ts';
import { routingTestsOf } from './parse.ts';
import type { RoutingTest } from './types.ts';

export interface TestResult {
  test: RoutingTest;
  /** Undefined when the test could not run (see `test.problems`). */
  answer?: SimAnswer;
  passed: boolean;
  /** Why it failed: the differences, or the test's own problems. */
  failures: string[];
}

export interface TestRun {
  results: TestResult[];
  passed: number;
  failed: number;
  coverage: Coverage;
  /** Problems of the test documents (also reported by the analysis). */
  diagnostics: readonly Diagnostic[];
}

function runOne(design: Design, test: RoutingTest): TestResult {
  if (!test.entry || !test.request || test.problems.length > 0)
    return { test, passed: false, failures: test.problems };
  const request = buildRequest(test.request);
  if ('error' in request) return { test, passed: false, failures: [request.error] };
  const answer = simulate(design, test.entry, request, { edges: false });
  if (answer.reason === 'unknown-entry') {
    const why =
      answer.explanation.find((s) => s.step === 'entry' || s.step === 'listener')?.message ??
      'unknown entry point';
    return { test, answer, passed: false, failures: [why] };
  }
  const failures = checkExpectation(test.expect, answer);
  return { test, answer, passed: failures.length === 0, failures };
}

const cache = new WeakMap<Design, TestRun>();

/** Runs every routing test of the design (cached per design object). */
export function runRoutingTests(design: Design): TestRun {
  const known = cache.get(design);
  if (known) return known;
  const { tests, diagnostics } = routingTestsOf(design);
  const results = tests.map((test) => runOne(design, test));
  const answered = results.flatMap((r) =>
    r.answer ? [{ name: r.test.name, answer: r.answer }] : [],
  );
  const run: TestRun = {
    results,
    passed: results.filter((r) => r.passed).length,
    failed: results.filter((r) => !r.passed).length,
    coverage: routeCoverage(design, answered),
    diagnostics,
  };
  cache.set(design, run);
  return run;
}
