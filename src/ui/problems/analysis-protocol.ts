import type { AnalysisResult } from '../../core/analysis/analyze.ts';
import type { DesignOptions, SourceFile } from '../../core/design/design.ts';
import type { AnalysisSettings } from '../../store/index.ts';

/** Main thread → analysis worker: analyze the design of these sources. */
export interface AnalysisRequest {
  id: number;
  sources: SourceFile[];
  options: DesignOptions;
  /** The analysis options: missing objects as errors, the Gateway API release and channel. */
  settings: AnalysisSettings;
}

/** Analysis worker → main thread: the result of request `id`, or why there is none. */
export type AnalysisResponse =
  { id: number; result: AnalysisResult } | { id: number; error: string };
