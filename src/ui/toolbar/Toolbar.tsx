import { EXAMPLES } from '../../core/examples/index.ts';
import type { DesignState } from '../../store/index.ts';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import './toolbar.css';

const selectHistory = (s: DesignState) => ({ canUndo: s.canUndo, canRedo: s.canRedo });

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** The top bar: title, undo/redo, fit view and the example picker. */
export function Toolbar({
  exampleId,
  onPickExample,
}: {
  exampleId: string;
  onPickExample: (id: string) => void;
}) {
  const store = useDesignStoreApi();
  const { canUndo, canRedo } = useDesign(selectHistory);
  return (
    <header className="toolbar" role="toolbar" aria-label="Designer">
      <h1 className="toolbar-title">Route Studio</h1>
      <button
        onClick={() => store.getState().undo()}
        disabled={!canUndo}
        data-testid="toolbar.undo"
        title={`Undo (${MOD}Z)`}
      >
        ↶ Undo
      </button>
      <button
        onClick={() => store.getState().redo()}
        disabled={!canRedo}
        data-testid="toolbar.redo"
        title={`Redo (${MOD}Shift+Z)`}
      >
        ↷ Redo
      </button>
      <button
        onClick={() => store.getState().requestFitView()}
        data-testid="toolbar.fit"
        title="Fit the view (F)"
      >
        ⤢ Fit
      </button>
      <span className="toolbar-spacer" />
      <label className="toolbar-example">
        Example
        <select
          value={exampleId}
          onChange={(e) => onPickExample(e.target.value)}
          data-testid="toolbar.example"
        >
          {EXAMPLES.map((example) => (
            <option key={example.id} value={example.id} title={example.description}>
              {example.title}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
