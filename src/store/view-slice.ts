import type { SliceContext } from './context.ts';
import type { ViewSlice } from './types.ts';

export function createViewSlice(ctx: SliceContext, activeFile: string): ViewSlice {
  return {
    activeFile,
    setActiveFile(file) {
      if (ctx.get().activeFile !== file) ctx.set({ activeFile: file });
    },
    positions: {},
    moveNodes(moves) {
      if (Object.keys(moves).length > 0) ctx.commitPositions(moves, 'canvas');
    },
    fitViewRequest: 0,
    requestFitView() {
      ctx.set({ fitViewRequest: ctx.get().fitViewRequest + 1 });
    },
    yamlPane: { collapsed: false, width: 480 },
    setYamlPane(patch) {
      ctx.set({ yamlPane: { ...ctx.get().yamlPane, ...patch } });
    },
    sideColumnWidth: 300,
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
