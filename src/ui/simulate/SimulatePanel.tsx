import { useMemo, useRef, useState } from 'react';
import type { SimAnswer } from '../../core/simulate/answer.ts';
import type { CanvasHighlight, DesignState, SimulationRequest } from '../../store/index.ts';
import { useCanvasHighlight } from '../canvas/highlight/useCanvasHighlight.ts';
import type { DockPanelProps } from '../dock/dock-panels.tsx';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { AnswerView } from './AnswerView.tsx';
import { defaultSimulation } from './default-request.ts';
import { entryOptions } from './entry-options.ts';
import { runSimulation, saveAsTestCommand, type Simulated } from './run-simulation.ts';
import { SimulateForm } from './SimulateForm.tsx';
import './simulate.css';

const selectInputs = (s: DesignState) => ({
  design: s.shownDesign,
  graph: s.graph,
  stale: s.stale,
  simulation: s.simulation,
});

/**
 * The request simulator: a request form (prefilled with a request the design routes) and the
 * answer — outcome, listener, route, runner-up, backends with their shares, mirrors, redirect,
 * the request the backends get — with the simulator's explanation. It simulates again on every
 * change of the design, shows the request's path on the canvas while open, and saves the answer
 * as a routing test.
 */
export function SimulatePanel({ tabs, open }: DockPanelProps) {
  const store = useDesignStoreApi();
  const { design, graph, stale, simulation } = useDesign(selectInputs);
  // Folded, the panel shows only its bar: nothing is simulated until it opens again.
  const options = useMemo(() => (open ? entryOptions(design, graph) : []), [open, design, graph]);
  const fallback = useMemo(
    () => (open ? defaultSimulation(design, graph, options) : undefined),
    [open, design, graph, options],
  );
  const request = simulation ?? fallback;
  const result = useMemo(
    () => (request && open ? runSimulation(design, graph, options, request) : undefined),
    [open, design, graph, options, request],
  );
  const answer = result && 'answer' in result ? result.answer : undefined;
  const highlight = usePathHighlight(answer);
  useCanvasHighlight(open ? highlight : undefined);
  const show = (node: string) => {
    if (store.getState().graph.nodeById.has(node)) store.getState().select([node]);
  };

  return (
    <section className="dock simulate" data-testid="simulate.panel" aria-label="Simulate">
      <div className="dock-bar">
        {tabs}
        <span className="dock-bar__note">Where one request goes, and why</span>
      </div>
      {request && result && (
        <div className="sim-body">
          <SimulateForm
            request={request}
            options={options}
            onSubmit={(next) => store.getState().setSimulation(next)}
          />
          {'error' in result ? (
            <p className="sim-problem" role="alert" data-testid="simulate.error">
              {result.error}
            </p>
          ) : (
            <AnswerView
              answer={result.answer}
              onShow={show}
              actions={<SaveAsTest simulated={result} request={request} disabled={stale} />}
            />
          )}
        </div>
      )}
    </section>
  );
}

function samePath(a: SimAnswer['highlight'], b: SimAnswer['highlight']): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((id, i) => id === y[i]);
  return same(a.nodes, b.nodes) && same(a.edges, b.edges);
}

/**
 * The answer's path for the canvas, the same object while an edit leaves the path as it was: a
 * new highlight makes every node and edge on the canvas check its mark again.
 */
function usePathHighlight(answer: SimAnswer | undefined): CanvasHighlight | undefined {
  const previous = useRef<{ path: SimAnswer['highlight']; highlight: CanvasHighlight }>(undefined);
  return useMemo(() => {
    if (!answer) return undefined;
    const known = previous.current;
    if (known && samePath(known.path, answer.highlight)) return known.highlight;
    const highlight: CanvasHighlight = {
      type: 'path',
      nodes: new Set(answer.highlight.nodes),
      edges: new Set(answer.highlight.edges),
    };
    previous.current = { path: answer.highlight, highlight };
    return highlight;
  }, [answer]);
}

/** Adds the request and its answer to the design's routing tests: one undoable command. */
function SaveAsTest({
  simulated,
  request,
  disabled,
}: {
  simulated: Simulated;
  request: SimulationRequest;
  disabled: boolean;
}) {
  const store = useDesignStoreApi();
  // The request saved last, by value: saving changes the design, which makes a new answer.
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const save = () => {
    const state = store.getState();
    const result = state.dispatch(saveAsTestCommand(state.design, simulated));
    const why = result.diagnostics[0]?.message;
    setRefusal(why);
    setSaved(why === undefined ? JSON.stringify(request) : undefined);
  };
  return (
    <span className="sim-save">
      {saved === JSON.stringify(request) && (
        <span className="sim-muted" role="status" data-testid="simulate.saved">
          Saved: see the Tests tab
        </span>
      )}
      {refusal && (
        <span className="sim-error" role="alert">
          {refusal}
        </span>
      )}
      <button
        type="button"
        onClick={save}
        disabled={disabled}
        title={
          disabled
            ? 'Fix the YAML syntax errors first'
            : 'Keep this request and its answer as a routing test'
        }
        data-testid="simulate.save-test"
      >
        Save as test
      </button>
    </span>
  );
}
