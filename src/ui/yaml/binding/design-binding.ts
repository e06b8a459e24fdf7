import type * as monaco from 'monaco-editor';
import type { StoreApi } from 'zustand/vanilla';
import type { FileEdit } from '../../../core/commands/types.ts';
import { findFile, type Design } from '../../../core/design/design.ts';
import { diffToEdit } from '../../../core/design/design-file.ts';
import type { SourceRange } from '../../../core/source.ts';
import type { DesignState } from '../../../store/index.ts';
import { afterNextPaint } from '../../after-paint.ts';
import { rangeOfNode } from '../../state/selection-target.ts';
import { analysisFeedOf } from '../../problems/analysis-feed.ts';
import type { Monaco } from '../monaco/setup.ts';
import { bindAnalysisMarkers } from './analysis-markers.ts';
import { registerQuickFixes } from './code-actions.ts';
import { setDiagnosticMarkers } from './markers.ts';
import { nodeAtOffset } from './node-at-offset.ts';

/** Cursor moves that come from code (ours or Monaco's), not from the person. */
const IGNORED_CURSOR_SOURCES = new Set(['api', 'modelChange', 'restoreState']);

/**
 * Binds one Monaco editor to a designer store, both ways:
 * - typing → after the next paint (keys typed until then join): one change as Monaco reported
 *   it (`editText`), several as the model's text (`setFileText`), origin `'yaml'`;
 * - every other change → its exact `lastChange.edits`, so cursor, scroll and comments survive;
 *   changes with origin `'yaml'` are the editor's own and are not applied again (no echo);
 * - Ctrl/Cmd+Z and Shift+Z go to the store's single history, not Monaco's own undo stack;
 * - diagnostics → markers (parse ones at once, the live analysis as it lands) with quick fixes;
 * - selection → highlighted, revealed YAML; cursor → selection.
 */
export class DesignEditorBinding {
  private readonly models = new Map<string, monaco.editor.ITextModel>();
  private readonly viewStates = new Map<string, monaco.editor.ICodeEditorViewState | null>();
  /** Files typed in since the last flush, with the one edit typed if Monaco reported just one. */
  private readonly pending = new Map<string, FileEdit | undefined>();
  private readonly disposables: monaco.IDisposable[] = [];
  private readonly highlight: monaco.editor.IEditorDecorationsCollection;
  private readonly unsubscribe: () => void;
  /** Cancels the flush of typing scheduled after the next paint, if one is. */
  private cancelFlush: (() => void) | undefined;
  /** True while store edits are written into the models (their change events are not typing). */
  private applying = false;
  /** The node the cursor selected: its YAML is already in view, so it is not revealed again. */
  private cursorSelected: string | undefined;
  private file: string | undefined;

  constructor(
    private readonly m: Monaco,
    private readonly editor: monaco.editor.IStandaloneCodeEditor,
    private readonly store: StoreApi<DesignState>,
  ) {
    const state = store.getState();
    this.highlight = editor.createDecorationsCollection();
    this.syncModels(state.design);
    this.showFile(state.activeFile);
    this.showSelection(state, true);
    const { KeyMod, KeyCode } = m;
    this.disposables.push(
      editor.onDidChangeModelContent((e) => this.onTyping(e)),
      editor.onDidChangeCursorPosition((e) => this.onCursor(e)),
      editor.addAction({
        id: 'route-studio.undo',
        label: 'Undo (design history)',
        keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ],
        run: () => this.history('undo'),
      }),
      editor.addAction({
        id: 'route-studio.redo',
        label: 'Redo (design history)',
        keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, KeyMod.CtrlCmd | KeyCode.KeyY],
        run: () => this.history('redo'),
      }),
      bindAnalysisMarkers(m, analysisFeedOf(store), this.models),
      registerQuickFixes(m, store, analysisFeedOf(store), this.models, () => this.flush()),
    );
    this.unsubscribe = store.subscribe((next, previous) => this.onStoreChange(next, previous));
  }

  /** Sends unsent typing to the store now (before undo, file switches and unmount). */
  flush(): void {
    this.cancelFlush?.();
    this.cancelFlush = undefined;
    const typed = [...this.pending];
    this.pending.clear();
    const state = this.store.getState();
    for (const [file, edit] of typed) {
      const model = this.models.get(file);
      if (!model) continue;
      if (edit && this.agrees(model, file, edit)) state.editText([edit], 'yaml');
      else state.setFileText(file, model.getValue(), 'yaml');
    }
  }

  dispose(): void {
    this.flush();
    this.unsubscribe();
    for (const d of this.disposables) d.dispose();
    this.highlight.clear();
    this.editor.setModel(null);
    for (const model of this.models.values()) model.dispose();
    this.models.clear();
  }

  private history(direction: 'undo' | 'redo'): void {
    this.flush();
    const state = this.store.getState();
    if (direction === 'undo') state.undo();
    else state.redo();
  }

  /** The model's length is the stored text's after `edit`: their offsets still agree. */
  private agrees(model: monaco.editor.ITextModel, file: string, edit: FileEdit): boolean {
    const before = findFile(this.store.getState().design, file)?.text.length;
    return (
      before !== undefined &&
      model.getValueLength() === before - (edit.end - edit.start) + edit.text.length
    );
  }

  private onTyping(event: monaco.editor.IModelContentChangedEvent): void {
    if (this.applying || !this.file) return;
    // One keystroke is one change: send it as is rather than diffing the whole text (a large
    // design's megabyte) to find it again. Anything more goes as the model's text.
    const change = event.changes.length === 1 && !event.isFlush ? event.changes[0] : undefined;
    const edit =
      change && !this.pending.has(this.file)
        ? {
            file: this.file,
            start: change.rangeOffset,
            end: change.rangeOffset + change.rangeLength,
            text: change.text,
          }
        : undefined;
    this.pending.set(this.file, edit);
    if (this.cancelFlush) return;
    // The key shows in the editor at once; on a large design the update (tens of milliseconds)
    // then takes in every key typed while it waited.
    this.cancelFlush = afterNextPaint(() => this.flush());
  }

  private onCursor(event: monaco.editor.ICursorPositionChangedEvent): void {
    if (this.applying || this.pending.size > 0 || !this.file) return;
    // Only moves the person made (click, arrows, go to line); not our reveals or edits.
    if (IGNORED_CURSOR_SOURCES.has(event.source)) return;
    const model = this.editor.getModel();
    if (!model) return;
    const state = this.store.getState();
    const offset = model.getOffsetAt(event.position);
    const id = nodeAtOffset(state.design, state.graph, this.file, offset);
    if (!id || (state.selection.length === 1 && state.selection[0] === id)) return;
    this.cursorSelected = id;
    state.select([id]);
  }

  private onStoreChange(state: DesignState, previous: DesignState): void {
    if (state.design !== previous.design) {
      if (state.lastChange !== previous.lastChange && state.lastChange.origin !== 'yaml') {
        this.applyEdits(previous.design, state.design, state.lastChange.edits);
      }
      this.syncModels(state.design);
    }
    if (state.activeFile !== this.file) this.showFile(state.activeFile);
    if (state.selection !== previous.selection || state.design !== previous.design) {
      this.showSelection(state, state.selection !== previous.selection);
    }
    if (state.yamlReveal && state.yamlReveal !== previous.yamlReveal) {
      this.reveal(state.yamlReveal.range);
    }
  }

  private applyEdits(before: Design, after: Design, edits: readonly FileEdit[]): void {
    this.applying = true;
    try {
      for (const file of new Set(edits.map((e) => e.file))) {
        const model = this.models.get(file);
        if (!model) continue; // a new file: syncModels creates it with its final text
        const target = findFile(after, file)?.text ?? '';
        const current = model.getValue();
        let ops: FileEdit[] = edits.filter((e) => e.file === file);
        if (current !== (findFile(before, file)?.text ?? '')) {
          // Typing not yet sent is overtaken by this change: the store wins.
          this.pending.delete(file);
          const edit = diffToEdit(current, target);
          ops = edit ? [{ file, ...edit }] : [];
        }
        model.pushEditOperations(
          [],
          ops.map((e) => ({ range: this.rangeAt(model, e.start, e.end), text: e.text })),
          () => null,
        );
        // Safety net (line-ending normalization): the model must equal the store's text.
        if (model.getValue() !== target) model.setValue(target);
      }
    } finally {
      this.applying = false;
    }
  }

  private rangeAt(model: monaco.editor.ITextModel, start: number, end: number): monaco.Range {
    const from = model.getPositionAt(start);
    const to = model.getPositionAt(end);
    return new this.m.Range(from.lineNumber, from.column, to.lineNumber, to.column);
  }

  private syncModels(design: Design): void {
    const names = new Set(design.files.map((f) => f.name));
    for (const file of design.files) {
      if (this.models.has(file.name)) continue;
      const uri = this.m.Uri.parse(`file:///design/${encodeURIComponent(file.name)}`);
      this.m.editor.getModel(uri)?.dispose();
      this.models.set(file.name, this.m.editor.createModel(file.text, 'yaml', uri));
    }
    for (const [name, model] of this.models) {
      if (names.has(name)) continue;
      model.dispose();
      this.models.delete(name);
    }
    for (const [name, model] of this.models) {
      setDiagnosticMarkers(this.m, model, name, design.diagnostics);
    }
  }

  private showFile(file: string): void {
    const model = this.models.get(file);
    if (!model || file === this.file) return;
    this.flush();
    if (this.file) this.viewStates.set(this.file, this.editor.saveViewState());
    this.file = file;
    this.editor.setModel(model);
    const viewState = this.viewStates.get(file);
    if (viewState) this.editor.restoreViewState(viewState);
  }

  private showSelection(state: DesignState, reveal: boolean): void {
    const id = state.selection[0];
    const range = id === undefined ? undefined : rangeOfNode(state.design, state.graph, id);
    const fromCursor = id !== undefined && id === this.cursorSelected;
    if (reveal) this.cursorSelected = undefined;
    if (!range) return this.highlight.clear();
    if (range.file !== this.file) {
      if (!reveal || fromCursor) return this.highlight.clear();
      this.store.getState().setActiveFile(range.file);
      if (range.file !== this.file) return;
    }
    const lastLine = range.end.column === 1 && range.end.line > range.start.line;
    const endLine = lastLine ? range.end.line - 1 : range.end.line;
    const [current] = this.highlight.getRanges();
    // Typing inside the selected lines keeps them: setting them again costs Monaco a view update.
    if (
      !reveal &&
      current?.startLineNumber === range.start.line &&
      current.endLineNumber === endLine
    )
      return;
    this.highlight.set([
      {
        range: new this.m.Range(range.start.line, 1, endLine, 1),
        options: {
          isWholeLine: true,
          className: 'yaml-selected-line',
          linesDecorationsClassName: 'yaml-selected-gutter',
        },
      },
    ]);
    if (reveal && !fromCursor) {
      this.editor.revealLinesInCenterIfOutsideViewport(range.start.line, endLine);
    }
  }

  private reveal(range: SourceRange): void {
    if (range.file !== this.file) return;
    const selection = new this.m.Selection(
      range.start.line,
      range.start.column,
      range.end.line,
      range.end.column,
    );
    this.editor.setSelection(selection);
    this.editor.revealRangeInCenterIfOutsideViewport(selection);
  }
}
