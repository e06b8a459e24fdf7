/**
 * The analysis worker: keeps its own copy of the design, following it from the texts each request
 * carries (re-parsing only what changed), and analyzes it off the main thread, so neither opening
 * a large design nor typing in one waits for the analysis.
 */
import { analyzeDesign } from '../../core/analysis/analyze.ts';
import { designFromSources, type Design } from '../../core/design/design.ts';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol.ts';

// The app's TypeScript project types `self` as a window; in here it is the worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
};

let design: Design | undefined;

scope.onmessage = ({ data: { id, sources, options, settings } }) => {
  try {
    design = designFromSources(sources, options, design);
    scope.postMessage({ id, result: analyzeDesign(design, settings) });
  } catch (error) {
    design = undefined;
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
