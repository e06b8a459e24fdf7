import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDesign, findFile, type DesignOptions } from '../core/design/design.ts';
import type { DesignDocument } from '../core/document/document.ts';
import { gatewayApiTargetOf } from '../core/schemas/gateway-api/target.ts';
import { createAnalysisSlice } from './analysis-slice.ts';
import { createSliceContext } from './context.ts';
import { deriveGraph } from './derive-graph.ts';
import { createDesignSlice } from './design-slice.ts';
import { History } from './history.ts';
import { createHistorySlice } from './history-slice.ts';
import { createSelectionSlice } from './selection-slice.ts';
import type { DesignState } from './types.ts';
import { createTrafficViewSlice } from './traffic-view-slice.ts';
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
  CanvasHighlight,
  SimulationRequest,
  TrafficViewSlice,
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

export { documentOf } from './document-of.ts';

export interface DesignStoreInit {
  /** The design to open: its files, positions, view and settings. */
  document: DesignDocument;
  options?: Partial<DesignOptions>;
  /** Clock for typing coalescing (tests pass a fake one). */
  now?: () => number;
}

/**
 * Creates a designer store: the app makes one per loaded design, every test makes its own.
 *
 * @example
 * const store = createDesignStore({ document: documentOfFiles([{ name: 'routes.yaml', text }]) });
 * store.getState().dispatch({ type: 'removeResource', key });
 * store.getState().undo();
 */
export function createDesignStore(init: DesignStoreInit): StoreApi<DesignState> {
  const { document } = init;
  const design = createDesign(document.files, init.options);
  const wanted = document.view.activeFile;
  const activeFile =
    (wanted !== undefined && findFile(design, wanted) ? wanted : design.files[0]?.name) ??
    'design.yaml';
  const history = new History(init.now);
  return createStore<DesignState>()((set, get) => {
    const ctx = createSliceContext(set, get, history);
    return {
      design,
      ...deriveGraph(design, undefined),
      lastChange: { version: 0, origin: 'url', edits: [] },
      ...createDesignSlice(ctx),
      ...createSelectionSlice(ctx),
      ...createViewSlice(ctx, { ...document, view: { ...document.view, activeFile } }),
      ...createHistorySlice(ctx),
      ...createAnalysisSlice(ctx, gatewayApiTargetOf(document.settings.gatewayApi)),
      ...createTrafficViewSlice(ctx),
    };
  });
}
