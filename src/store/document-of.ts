import { designSources } from '../core/design/design.ts';
import type { DesignDocument } from '../core/document/document.ts';
import type { DesignState } from './types.ts';

/**
 * The document of the store's current design: what autosave, export and share links write.
 * Cheap (the file texts are shared, not copied).
 */
export function documentOf(state: DesignState): DesignDocument {
  const view: DesignDocument['view'] = { activeFile: state.activeFile };
  if (state.viewport) view.viewport = state.viewport;
  return {
    files: designSources(state.design),
    positions: state.positions,
    view,
    settings: state.settings,
  };
}
