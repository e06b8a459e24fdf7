import type { DesignDocument } from '../core/document/document.ts';
import type { SliceContext } from './context.ts';
import type { ViewSlice } from './types.ts';

/** The view slice, starting from the document's positions and view. */
export function createViewSlice(
  ctx: SliceContext,
  document: Pick<DesignDocument, 'positions' | 'view'>,
): ViewSlice {
  return {
    activeFile: document.view.activeFile ?? '',
    setActiveFile(file) {
      if (ctx.get().activeFile !== file) ctx.set({ activeFile: file });
    },
    positions: document.positions,
    moveNodes(moves) {
      if (Object.keys(moves).length > 0) ctx.commitPositions(moves, 'canvas');
    },
    viewport: document.view.viewport,
    setViewport(viewport) {
      ctx.set({ viewport });
    },
    expanded: new Set(),
    setExpanded(id, expanded) {
      const current = ctx.get().expanded;
      if (current.has(id) === expanded) return;
      const next = new Set(current);
      if (expanded) next.add(id);
      else next.delete(id);
      ctx.set({ expanded: next });
    },
    fitViewRequest: 0,
    requestFitView() {
      ctx.set({ fitViewRequest: ctx.get().fitViewRequest + 1 });
    },
    yamlPane: { collapsed: false, width: 440 },
    setYamlPane(patch) {
      ctx.set({ yamlPane: { ...ctx.get().yamlPane, ...patch } });
    },
    sideColumnWidth: 280,
    setSideColumnWidth(width) {
      if (ctx.get().sideColumnWidth !== width) ctx.set({ sideColumnWidth: width });
    },
    yamlReveal: undefined,
    revealInYaml(range) {
      const { yamlReveal, yamlPane } = ctx.get();
      ctx.set({
        activeFile: range.file,
        yamlPane: yamlPane.collapsed ? { ...yamlPane, collapsed: false } : yamlPane,
        yamlReveal: { range, seq: (yamlReveal?.seq ?? 0) + 1 },
      });
    },
  };
}
