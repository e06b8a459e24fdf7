import type * as monaco from 'monaco-editor';
import type { AnalysisFeed } from '../../problems/analysis-feed.ts';
import type { Monaco } from '../monaco/setup.ts';
import { setDiagnosticMarkers } from './markers.ts';

/** Marker owner of schema and analysis diagnostics (parse ones are set with every change). */
export const ANALYSIS_MARKER_OWNER = 'route-studio-analysis';

/**
 * Keeps each model's analysis markers in step with the live analysis. Between analyses (large
 * designs) Monaco moves the existing markers along with the edits.
 */
export function bindAnalysisMarkers(
  m: Monaco,
  feed: AnalysisFeed,
  models: ReadonlyMap<string, monaco.editor.ITextModel>,
): monaco.IDisposable {
  const show = () => {
    const { checks } = feed.current();
    for (const [file, model] of models) {
      setDiagnosticMarkers(m, model, file, checks, ANALYSIS_MARKER_OWNER);
    }
  };
  show();
  return { dispose: feed.subscribe(show) };
}
