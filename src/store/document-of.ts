import { designSources } from '../core/design/design.ts';
import type { DesignDocument, DesignSettings } from '../core/document/document.ts';
import {
  DEFAULT_GATEWAY_API_TARGET,
  formatGatewayApiTarget,
} from '../core/schemas/gateway-api/target.ts';
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
    settings: settingsOf(state),
  };
}

/** The design's settings, defaults left out (a document names only what differs). */
function settingsOf(state: DesignState): DesignSettings {
  const gatewayApi = formatGatewayApiTarget(state.gatewayApi);
  return gatewayApi === formatGatewayApiTarget(DEFAULT_GATEWAY_API_TARGET) ? {} : { gatewayApi };
}
