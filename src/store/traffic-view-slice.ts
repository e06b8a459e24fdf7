import type { SliceContext } from './context.ts';
import type { TrafficViewSlice } from './types.ts';

/** The simulator's request and the canvas highlight: session state, never undone. */
export function createTrafficViewSlice(ctx: SliceContext): TrafficViewSlice {
  return {
    simulation: undefined,
    setSimulation(simulation) {
      ctx.set({ simulation });
    },
    canvasHighlight: undefined,
    setCanvasHighlight(canvasHighlight) {
      if (ctx.get().canvasHighlight !== canvasHighlight) ctx.set({ canvasHighlight });
    },
  };
}
