import { useMemo, useState } from 'react';
import type { DockPanelProps } from '../dock/dock-panels.tsx';
import { diagnosticResource } from '../../core/analysis/quick-fixes.ts';
import type { Diagnostic, Severity } from '../../core/diagnostics.ts';
import type { DesignAnalysis, DesignState } from '../../store/index.ts';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { ProblemItem } from './ProblemItem.tsx';
import { GatewayApiPicker } from './GatewayApiPicker.tsx';
import { SeverityFilter } from './SeverityFilter.tsx';
import { useAnalysis } from './useAnalysis.ts';
import './problems.css';

const selectDiagnostics = (a: DesignAnalysis) => a.diagnostics;
const selectCount = (a: DesignAnalysis) => a.diagnostics.length;
const selectPending = (a: DesignAnalysis) => a.pending;
const selectFailure = (a: DesignAnalysis) => a.failure;
const selectMissingAsError = (s: DesignState) => s.missingAsError;

/** Enough rows to scroll through; a larger list is narrowed with the filters. */
const MAX_ROWS = 500;

const ALL: ReadonlySet<Severity> = new Set(['error', 'warning', 'info']);

function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** The number of problems, for the dock's tab. */
export function ProblemsCount() {
  const count = useAnalysis(selectCount);
  return <span className="count">{count}</span>;
}

/**
 * The problems area: every diagnostic of the design (parse, schema, analysis; all files) with
 * its severity, code, message and `file:line`, filterable by severity. Clicking one selects its
 * resource on the canvas and reveals the text in the YAML pane.
 */
export function ProblemsPanel({ tabs, open }: DockPanelProps) {
  const store = useDesignStoreApi();
  const diagnostics = useAnalysis(selectDiagnostics);
  const pending = useAnalysis(selectPending);
  const failure = useAnalysis(selectFailure);
  const missingAsError = useDesign(selectMissingAsError);
  const [shown, setShown] = useState(ALL);
  const counts = useMemo(() => countBySeverity(diagnostics), [diagnostics]);
  const visible = useMemo(
    () => diagnostics.filter((d) => shown.has(d.severity)),
    [diagnostics, shown],
  );

  const toggle = (severity: Severity) => {
    const next = new Set(shown);
    if (!next.delete(severity)) next.add(severity);
    setShown(next);
  };

  const show = (diagnostic: Diagnostic) => {
    const state = store.getState();
    const key = diagnosticResource(state.design, diagnostic)?.key;
    if (key && state.graph.nodeById.has(key)) state.select([key]);
    if (diagnostic.range) state.revealInYaml(diagnostic.range);
  };

  return (
    <section className="dock problems" data-testid="problems.panel" aria-label="Problems">
      <div className="dock-bar">
        {tabs}
        <SeverityFilter counts={counts} shown={shown} onToggle={toggle} />
        <div className="problems-options">
          <GatewayApiPicker />
          <label
            className="problems-option"
            title="Objects a reference names that are not in this design (they may exist in the cluster)"
          >
            <input
              type="checkbox"
              checked={missingAsError}
              onChange={(e) => store.getState().setMissingAsError(e.target.checked)}
              data-testid="problems.missing-as-error"
            />
            Treat missing objects as errors
          </label>
        </div>
      </div>
      {open && (
        <ul className="problems-list">
          {failure !== undefined && (
            <li className="problems-failure" role="alert" data-testid="problems.failure">
              The design could not be checked ({failure}); only YAML problems are shown.
            </li>
          )}
          {visible.length === 0 && (
            <li className="problems-empty">
              {pending
                ? 'Checking the design…'
                : diagnostics.length === 0
                  ? 'No problems found.'
                  : 'No problems of the shown severities.'}
            </li>
          )}
          {visible.slice(0, MAX_ROWS).map((d, i) => (
            <li key={`${d.file}:${d.range?.start.offset}:${d.code}:${i}`}>
              <ProblemItem diagnostic={d} onShow={show} />
            </li>
          ))}
          {visible.length > MAX_ROWS && (
            <li className="problems-empty">
              …and {visible.length - MAX_ROWS} more; hide a severity to narrow the list.
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
