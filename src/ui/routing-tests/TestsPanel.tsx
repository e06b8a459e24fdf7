import { useEffect, useMemo, useState } from 'react';
import { locateField } from '../../core/design/locate.ts';
import type { CoverageItem, TestResult } from '../../core/routing-tests/index.ts';
import { describeEntry } from '../../core/simulate/entry.ts';
import type { DesignState } from '../../store/index.ts';
import { useCanvasHighlight } from '../canvas/highlight/useCanvasHighlight.ts';
import type { DockPanelProps } from '../dock/dock-panels.tsx';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { coverageHighlight, formatPercent, testRunOf } from './test-run.ts';
import './tests.css';

const selectDesign = (s: DesignState) => s.shownDesign;

/** How long the design must stay unchanged before the tab's counts catch up with it. */
const SUMMARY_DELAY_MS = 300;

/** `value`, once it has not changed for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * Passed and failed counts for the dock's tab (nothing while the design has no tests). The tab
 * shows while other panels are open, so it runs the tests once typing pauses, not on every key:
 * on a design of 1,000 routes a run takes tens of milliseconds.
 */
export function TestsSummary() {
  const design = useSettled(useDesign(selectDesign), SUMMARY_DELAY_MS);
  const run = testRunOf(design);
  if (!run) return null;
  return (
    <span
      className={`count${run.failed > 0 ? ' tests-count--failed' : ''}`}
      data-testid="tests.summary"
    >
      {run.failed > 0 ? `${run.failed} failed` : `${run.passed} passed`}
    </span>
  );
}

/**
 * The routing tests: every test of the design run on every change (one run per design object),
 * each passed or failed with what differed, and route coverage — which rules and matches the
 * tests exercise, and which none does, marked on the canvas while the panel is open.
 */
export function TestsPanel({ tabs, open }: DockPanelProps) {
  const store = useDesignStoreApi();
  const design = useDesign(selectDesign);
  const run = testRunOf(design);
  const highlight = useMemo(() => run && coverageHighlight(run.coverage), [run]);
  useCanvasHighlight(open ? highlight : undefined);

  const reveal = (result: TestResult) => {
    const range = locateField(design, result.test.resource, result.test.path);
    if (range) store.getState().revealInYaml(range);
  };
  const show = (item: CoverageItem) => {
    if (store.getState().graph.nodeById.has(item.node)) store.getState().select([item.node]);
  };
  const coverage = run?.coverage;
  const untested = coverage?.items.filter((i) => i.tests.length === 0) ?? [];

  return (
    <section className="dock tests" data-testid="tests.panel" aria-label="Tests">
      <div className="dock-bar">
        {tabs}
        {run && coverage && (
          <span className="tests-totals" data-testid="tests.totals">
            <span className={run.passed > 0 ? 'tests-passed' : undefined}>{run.passed} passed</span>
            {' · '}
            <span className={run.failed > 0 ? 'tests-failed' : undefined}>{run.failed} failed</span>
            {' · '}
            <span data-testid="tests.coverage">
              coverage {formatPercent(coverage.percent)} ({coverage.covered} of {coverage.total}{' '}
              matches, {coverage.rules.covered} of {coverage.rules.total} rules)
            </span>
          </span>
        )}
      </div>
      {open && (
        <div className="tests-body">
          {!run ? (
            <p className="tests-empty">
              No routing tests yet. Run a request in the Simulate tab and press “Save as test”;
              tests are kept in their own file (routing-tests.yaml), which kubectl exports leave
              out.
            </p>
          ) : (
            <>
              <ul className="tests-list" aria-label="Test results">
                {run.results.map((result, i) => (
                  <TestRow key={i} result={result} onReveal={() => reveal(result)} />
                ))}
              </ul>
              {untested.length > 0 && (
                <div className="tests-uncovered" data-testid="tests.uncovered">
                  <h3>Not exercised by any test</h3>
                  <ul>
                    {untested.map((item) => (
                      <li key={`${item.node}|${item.match}`}>
                        <button type="button" className="tests-link" onClick={() => show(item)}>
                          {item.kind} {item.namespace}/{item.name}{' '}
                          {item.path.replace(/^spec\./, '')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}

function TestRow({ result, onReveal }: { result: TestResult; onReveal: () => void }) {
  const { test } = result;
  const request = test.request ? `${test.request.method ?? 'GET'} ${test.request.url}` : '';
  return (
    <li
      className={`tests-item${result.passed ? '' : ' tests-item--failed'}`}
      data-testid="tests.item"
      data-passed={result.passed}
    >
      <button type="button" className="tests-item__head" onClick={onReveal} title="Show in YAML">
        <span className={result.passed ? 'tests-passed' : 'tests-failed'}>
          {result.passed ? 'pass' : 'FAIL'}
        </span>
        <span className="tests-item__name">{test.name}</span>
        <span className="tests-muted">
          {test.entry ? describeEntry(test.entry) : ''}
          {request && test.name !== request ? ` · ${request}` : ''}
        </span>
      </button>
      {result.failures.length > 0 && (
        <ul className="tests-failures">
          {result.failures.map((f, i) => (
            <li key={i}>{f}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
