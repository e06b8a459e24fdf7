import type { Design } from '../core/design/design.ts';
import { locateField } from '../core/design/locate.ts';
import { runRoutingTests, type TestResult, type TestRun } from '../core/routing-tests/run.ts';
import type { CliCommand } from './command.ts';
import { formatDiagnostic } from './format-diagnostic.ts';
import { EXIT_INPUT_ERROR, EXIT_OK, writeJson, type CliIo } from './io.ts';
import { loadDesign } from './load-design.ts';
import { parseInputCommandLine, usageError } from './parse-command-line.ts';
import { simulateJson } from './simulate-json.ts';

/** A test failed, or route coverage is under `--fail-under`. */
export const EXIT_TESTS_FAILED = 1;

const usage = `Usage: route-studio test [--json] [--fail-under PERCENT] FILE|DIR...

Runs the design's routing tests (RoutingTests documents, see docs/routing-tests.md): one line
per test, then route coverage (which rules and matches the tests exercise).

Options:
  --fail-under PERCENT   exit 1 when route coverage is below PERCENT
  --json                 print one JSON document {tests, passed, failed, coverage, diagnostics}
  -n, --namespace        namespace for objects that name none (default: default)
  -h, --help             show this help

Exit status: 0 when every test passes (and coverage is high enough), 1 when one fails or
coverage is under --fail-under, 2 when input could not be read or the command line was wrong.
`;

function where(design: Design, result: TestResult): { file: string; line?: number } {
  const range = locateField(design, result.test.resource, result.test.path);
  return range
    ? { file: result.test.resource.file, line: range.start.line }
    : { file: result.test.resource.file };
}

function textReport(design: Design, run: TestRun, threshold: number | undefined): string {
  const lines: string[] = [];
  for (const result of run.results) {
    const at = where(design, result);
    const place = `${at.file}${at.line === undefined ? '' : `:${at.line}`}`;
    lines.push(`${result.passed ? 'PASS' : 'FAIL'}  ${result.test.name}  (${place})`);
    for (const failure of result.failures) lines.push(`      ${failure}`);
  }
  const { coverage } = run;
  if (run.results.length === 0)
    lines.push(
      'No routing tests in the design (RoutingTests documents, routestudio.dev/v1alpha1).',
    );
  lines.push(
    '',
    `${run.passed} passed, ${run.failed} failed`,
    `Route coverage: ${coverage.percent.toFixed(1)}% (${coverage.covered} of ${coverage.total} matches, ${coverage.rules.covered} of ${coverage.rules.total} rules)${threshold === undefined ? '' : `, required ${threshold}%`}`,
  );
  for (const item of coverage.items.filter((i) => i.tests.length === 0)) {
    lines.push(`  not covered: ${item.kind} ${item.namespace}/${item.name} ${item.path}`);
  }
  return `${lines.join('\n')}\n`;
}

function jsonReport(design: Design, run: TestRun, threshold: number | undefined) {
  return {
    tests: run.results.map((r) => ({
      name: r.test.name,
      ...where(design, r),
      path: `spec.tests[${r.test.index}]`,
      passed: r.passed,
      failures: r.failures,
      ...(r.answer ? { answer: simulateJson(r.answer) } : {}),
    })),
    passed: run.passed,
    failed: run.failed,
    coverage: { ...run.coverage, ...(threshold === undefined ? {} : { failUnder: threshold }) },
    diagnostics: run.diagnostics,
  };
}

async function runTests(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseInputCommandLine(args, io, usage, {
    json: { type: 'boolean' },
    'fail-under': { type: 'string' },
  });
  if (typeof parsed === 'number') return parsed;
  const written = parsed.values['fail-under'];
  const threshold = typeof written === 'string' ? Number(written.replace(/%$/, '')) : undefined;
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 100)) {
    return usageError(
      io,
      usage,
      `--fail-under takes a percentage from 0 to 100, not '${String(written)}'.`,
    );
  }
  const loaded = await loadDesign(parsed.inputs, parsed.namespace);
  for (const diagnostic of loaded.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
  if (loaded.inputFailed) {
    io.stderr('Some input could not be read or parsed.\n');
    return EXIT_INPUT_ERROR;
  }
  const run = runRoutingTests(loaded.design);
  for (const diagnostic of run.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
  if (parsed.values.json === true) writeJson(io, jsonReport(loaded.design, run, threshold));
  else io.stdout(textReport(loaded.design, run, threshold));
  const underCovered = threshold !== undefined && run.coverage.percent < threshold;
  if (underCovered)
    io.stderr(`Route coverage ${run.coverage.percent.toFixed(1)}% is under ${threshold}%.\n`);
  return run.failed > 0 || underCovered ? EXIT_TESTS_FAILED : EXIT_OK;
}

/** `test`: runs the design's routing tests and reports route coverage. */
export const testCommand: CliCommand = {
  summary: 'run the routing tests of the design and report route coverage',
  usage,
  run: runTests,
};
