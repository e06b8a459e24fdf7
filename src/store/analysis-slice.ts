import {
  formatGatewayApiTarget,
  type GatewayApiTarget,
} from '../core/schemas/gateway-api/target.ts';
import type { SliceContext } from './context.ts';
import type { AnalysisSlice } from './types.ts';

/**
 * The analysis options (not undone). The Gateway API target is the design's own setting, saved
 * with its document; the analysis itself is computed off the store (in the app, by a worker) and
 * composed with `composeAnalysis`.
 */
export function createAnalysisSlice(
  ctx: SliceContext,
  gatewayApi: GatewayApiTarget,
): AnalysisSlice {
  return {
    missingAsError: false,
    setMissingAsError(missingAsError) {
      if (ctx.get().missingAsError !== missingAsError) ctx.set({ missingAsError });
    },
    gatewayApi,
    setGatewayApi(gatewayApi) {
      const same =
        formatGatewayApiTarget(ctx.get().gatewayApi) === formatGatewayApiTarget(gatewayApi);
      if (!same) ctx.set({ gatewayApi });
    },
  };
}
