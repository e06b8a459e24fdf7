import type { AnalysisResult } from '../../core/analysis/analyze.ts';
import type { DesignOptions, SourceFile } from '../../core/design/design.ts';

/** Main thread → analysis worker: analyze the design of these sources. */
export interface AnalysisRequest {
  id: number;
  sources: SourceFile[];
  options: DesignOptions;
  missingAsError: boolean;
}

/** Analysis worker → main thread: the result of request `id`, or why there is none. */
export type AnalysisResponse =
  { id: number; result: AnalysisResult } | { id: number; error: string };
