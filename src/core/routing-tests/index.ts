/** Routing tests: format (docs/routing-tests.md), parser, runner, coverage, "save as test". */
export { checkExpectation, SHARE_TOLERANCE } from './check.ts';
export { coverageItems, routeCoverage, type Coverage, type CoverageItem } from './coverage.ts';
export { addRoutingTestCommand, DEFAULT_TESTS_FILE, testFromAnswer } from './from-answer.ts';
export { isRoutingTests, routingTestsOf, type ParsedTests } from './parse.ts';
export { runRoutingTests, type TestResult, type TestRun } from './run.ts';
export type { Expectation, ExpectedBackend, ExpectedMirror, RoutingTest } from './types.ts';
