import type { SliceContext } from './context.ts';
import type { AnalysisSlice } from './types.ts';

/** The analysis options: view state (not undone). The analysis itself is `selectAnalysis`. */
export function createAnalysisSlice(ctx: SliceContext): AnalysisSlice {
  return {
    missingAsError: false,
    setMissingAsError(missingAsError) {
      if (ctx.get().missingAsError !== missingAsError) ctx.set({ missingAsError });
    },
  };
}
