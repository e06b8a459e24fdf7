import {
  DEFAULT_GATEWAY_API_TARGET,
  formatGatewayApiTarget,
} from '../core/schemas/gateway-api/target.ts';
import type { SliceContext } from './context.ts';
import type { AnalysisSlice } from './types.ts';

/** The analysis options: view state (not undone). The analysis itself is computed
 * off the store (in the app, by a worker) and composed with `composeAnalysis`. */
export function createAnalysisSlice(ctx: SliceContext): AnalysisSlice {
  return {
    missingAsError: false,
    setMissingAsError(missingAsError) {
      if (ctx.get().missingAsError !== missingAsError) ctx.set({ missingAsError });
    },
    gatewayApi: DEFAULT_GATEWAY_API_TARGET,
    setGatewayApi(gatewayApi) {
      const same =
        formatGatewayApiTarget(ctx.get().gatewayApi) === formatGatewayApiTarget(gatewayApi);
      if (!same) ctx.set({ gatewayApi });
    },
  };
}
