import { useState } from 'react';
import type { Diagnostic } from '../../core/diagnostics.ts';
import type { DesignState } from '../../store/index.ts';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { resourceKeyOf } from './diagnostic-resource.ts';
import './problems.css';

const selectDiagnostics = (s: DesignState) => s.design.diagnostics;

const ICON: Record<Diagnostic['severity'], string> = { error: '⛔', warning: '⚠', info: 'ℹ' };

/**
 * The problems area: every diagnostic of the design as `file:line message`. Clicking one selects
 * its resource on the canvas and reveals the text in the YAML pane.
 */
export function ProblemsPanel() {
  const store = useDesignStoreApi();
  const diagnostics = useDesign(selectDiagnostics);
  const [open, setOpen] = useState(true);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;

  const show = (diagnostic: Diagnostic) => {
    const state = store.getState();
    const key = resourceKeyOf(state.design, diagnostic);
    if (key && state.graph.nodeById.has(key)) state.select([key]);
    if (diagnostic.range) state.revealInYaml(diagnostic.range);
  };

  return (
    <section className="problems" data-testid="problems.panel" aria-label="Problems">
      <button
        className="problems-header"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        data-testid="problems.toggle"
      >
        Problems <span className="count">{diagnostics.length}</span>
        {errors > 0 && <span className="count error">{errors} errors</span>}
      </button>
      {open && (
        <ul className="problems-list">
          {diagnostics.length === 0 && <li className="problems-empty">No problems found.</li>}
          {diagnostics.map((d, i) => (
            <li key={`${d.file}:${d.range?.start.offset}:${d.code}:${i}`}>
              <button
                className={`problem ${d.severity}`}
                onClick={() => show(d)}
                data-testid="problems.item"
                data-code={d.code}
              >
                <span aria-label={d.severity}>{ICON[d.severity]}</span>
                <span className="where">
                  {d.file}
                  {d.range ? `:${d.range.start.line}` : ''}
                </span>
                <span className="message">{d.message}</span>
                <span className="code">{d.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
