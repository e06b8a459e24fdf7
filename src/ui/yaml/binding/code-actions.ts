import type * as monaco from 'monaco-editor';
import type { StoreApi } from 'zustand/vanilla';
import { quickAssists, quickFixes, type QuickFix } from '../../../core/analysis/quick-fixes.ts';
import type { Diagnostic } from '../../../core/diagnostics.ts';
import type { DesignState } from '../../../store/index.ts';
import type { AnalysisFeed } from '../../problems/analysis-feed.ts';
import type { Monaco } from '../monaco/setup.ts';

const APPLY_FIX_COMMAND = 'route-studio.applyQuickFix';

/** Applies a fix's commands as one undo step; a fix that fails part way is taken back whole. */
export function applyFix(store: StoreApi<DesignState>, fix: QuickFix): boolean {
  const state = store.getState();
  state.beginGesture();
  for (const command of fix.commands) {
    if (state.dispatch(command).diagnostics.length > 0) {
      state.bail();
      return false;
    }
  }
  state.endGesture();
  return true;
}

function overlaps(d: Diagnostic, range: monaco.IRange): boolean {
  const r = d.range;
  if (!r) return false;
  const startsBeforeEnd =
    r.start.line < range.endLineNumber ||
    (r.start.line === range.endLineNumber && r.start.column <= range.endColumn);
  const endsAfterStart =
    r.end.line > range.startLineNumber ||
    (r.end.line === range.startLineNumber && r.end.column >= range.startColumn);
  return startsBeforeEnd && endsAfterStart;
}

/** The marker Monaco passed in for a diagnostic, so the fix shows in that marker's hover. */
function markerOf(d: Diagnostic, markers: readonly monaco.editor.IMarkerData[]) {
  return markers.find(
    (m) =>
      m.code === d.code &&
      m.startLineNumber === d.range?.start.line &&
      m.startColumn === d.range.start.column,
  );
}

/**
 * Offers the core's quick fixes as Monaco code actions (lightbulb, Ctrl+., marker hover) for
 * the diagnostics under the cursor, plus assists for the field there; choosing one dispatches
 * its commands through the store, so it is one undo step like any other change.
 */
export function registerQuickFixes(
  m: Monaco,
  store: StoreApi<DesignState>,
  feed: AnalysisFeed,
  models: ReadonlyMap<string, monaco.editor.ITextModel>,
  /** Sends typing not yet in the store, so fixes apply to the text on screen. */
  flush: () => void,
): monaco.IDisposable {
  const command = m.editor.registerCommand(APPLY_FIX_COMMAND, (_accessor, fix: QuickFix) => {
    flush();
    applyFix(store, fix);
  });
  const provider = m.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(model, range, context) {
      const file = [...models].find(([, candidate]) => candidate === model)?.[0];
      if (!file) return undefined;
      const { design } = store.getState();
      const action = (fix: QuickFix, markers: monaco.editor.IMarkerData[]) => ({
        title: fix.title,
        kind: 'quickfix',
        isPreferred: fix.preferred,
        diagnostics: markers,
        command: { id: APPLY_FIX_COMMAND, title: fix.title, arguments: [fix] },
      });
      const actions: monaco.languages.CodeAction[] = [];
      for (const diagnostic of feed.current().diagnostics) {
        if (diagnostic.file !== file || !overlaps(diagnostic, range)) continue;
        const marker = markerOf(diagnostic, context.markers);
        for (const fix of quickFixes(design, diagnostic)) {
          actions.push(action(fix, marker ? [marker] : []));
        }
      }
      const offset = model.getOffsetAt({
        lineNumber: range.startLineNumber,
        column: range.startColumn,
      });
      for (const assist of quickAssists(design, file, offset)) actions.push(action(assist, []));
      return { actions, dispose() {} };
    },
  });
  return {
    dispose() {
      provider.dispose();
      command.dispose();
    },
  };
}
