import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDesign, type DesignOptions, type SourceFile } from '../core/design/design.ts';
import { createAnalysisSlice } from './analysis-slice.ts';
import { createSliceContext } from './context.ts';
import { deriveGraph } from './derive-graph.ts';
import { createDesignSlice } from './design-slice.ts';
import { History } from './history.ts';
import { createHistorySlice } from './history-slice.ts';
import { createSelectionSlice } from './selection-slice.ts';
import type { DesignState } from './types.ts';
import { createViewSlice } from './view-slice.ts';

export type {
  DesignState,
  LastChange,
  NodePosition,
  Origin,
  DesignSlice,
  SelectionSlice,
  ViewSlice,
  HistorySlice,
  YamlPaneLayout,
  AnalysisSlice,
} from './types.ts';
export {
  analysisSettingsOf,
  composeAnalysis,
  failedAnalysis,
  parentStatusKey,
  pendingAnalysis,
  type AnalysisSettings,
} from './analysis.ts';
export type { DesignAnalysis, ProblemCount } from './analysis.ts';

export interface DesignStoreInit {
  files: readonly SourceFile[];
  /** File shown in the YAML pane; defaults to the first file. */
  activeFile?: string;
  options?: Partial<DesignOptions>;
  /** Clock for typing coalescing (tests pass a fake one). */
  now?: () => number;
}

/**
 * Creates a designer store: the app makes one per loaded design, every test makes its own.
 *
 * @example
 * const store = createDesignStore({ files: [{ name: 'routes.yaml', text }] });
 * store.getState().dispatch({ type: 'removeResource', key });
 * store.getState().undo();
 */
export function createDesignStore(init: DesignStoreInit): StoreApi<DesignState> {
  const design = createDesign(init.files, init.options);
  const activeFile = init.activeFile ?? design.files[0]?.name ?? 'design.yaml';
  const history = new History(init.now);
  return createStore<DesignState>()((set, get) => {
    const ctx = createSliceContext(set, get, history);
    return {
      design,
      ...deriveGraph(design, undefined),
      lastChange: { version: 0, origin: 'url', edits: [] },
      ...createDesignSlice(ctx),
      ...createSelectionSlice(ctx),
      ...createViewSlice(ctx, activeFile),
      ...createHistorySlice(ctx),
      ...createAnalysisSlice(ctx),
    };
  });
}
