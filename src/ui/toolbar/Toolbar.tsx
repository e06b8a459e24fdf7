import { useState } from 'react';
import type { DesignState } from '../../store/index.ts';
import { Menu, type MenuEntry } from '../dialogs/Menu.tsx';
import { downloadBase, exportDesign, type ExportKind } from '../export/export-design.ts';
import type { SavedDesign } from '../session/library.ts';
import { useSession } from '../session/session-context.tsx';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { AutosaveIndicator } from './AutosaveIndicator.tsx';
import './toolbar.css';

const selectHistory = (s: DesignState) => ({ canUndo: s.canUndo, canRedo: s.canRedo });

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** What the file pickers open: files or a folder into this design, files or a design file as a new one. */
export type PickKind = 'files' | 'folder' | 'new-design' | 'design-file';

const when = (at: number) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The top bar: the design's title; New, Open ▾, Templates, Export ▾, Share for the design as a whole;
 * undo/redo and fit view for the canvas.
 */
export function Toolbar({
  onPick,
  onTemplates,
  onShare,
}: {
  onPick(kind: PickKind): void;
  onTemplates(): void;
  onShare(): void;
}) {
  const store = useDesignStoreApi();
  const session = useSession();
  const { canUndo, canRedo } = useDesign(selectHistory);
  const [recent, setRecent] = useState<readonly SavedDesign[]>([]);

  const run = (kind: ExportKind) =>
    void exportDesign(store.getState(), kind, downloadBase(session.title)).then(
      (message) => session.notify(message),
      (error: Error) => session.notify(`Export failed: ${error.message}`, 'error'),
    );

  const openEntries: MenuEntry[] = [
    {
      label: 'Import files…',
      detail: 'YAML or JSON, into this design',
      testId: 'toolbar.import-files',
      run: () => onPick('files'),
    },
    {
      label: 'Import a folder…',
      detail: 'every YAML and JSON file in it',
      testId: 'toolbar.import-folder',
      run: () => onPick('folder'),
    },
    {
      label: 'Open files as a new design…',
      testId: 'toolbar.open-files',
      run: () => onPick('new-design'),
    },
    {
      label: 'Open a design file…',
      detail: '.routestudio.json',
      testId: 'toolbar.open-design-file',
      run: () => onPick('design-file'),
    },
    'separator',
    { heading: 'Recent designs' },
    ...(recent.length === 0
      ? [{ label: 'None yet', testId: 'toolbar.recent.none', disabled: true, run: () => undefined }]
      : recent.map((d) => ({
          label: d.title,
          detail: `${when(d.savedAt)} · ${d.document.files.length} files`,
          testId: `toolbar.recent.${d.id}`,
          run: () => void session.open({ type: 'saved', id: d.id }),
        }))),
  ];
  const exportEntries: MenuEntry[] = [
    {
      label: 'YAML',
      detail: 'one multi-document file for kubectl apply -f',
      testId: 'toolbar.export.yaml',
      run: () => run('yaml'),
    },
    {
      label: 'Files as zip',
      detail: 'the design’s files, byte for byte',
      testId: 'toolbar.export.zip',
      run: () => run('zip'),
    },
    {
      label: 'Copy YAML to the clipboard',
      testId: 'toolbar.export.clipboard',
      run: () => run('clipboard'),
    },
    'separator',
    {
      label: 'Design file',
      detail: 'files, positions and view, to open again later',
      testId: 'toolbar.export.design-file',
      run: () => run('design-file'),
    },
    'separator',
    {
      label: 'Picture as SVG',
      detail: 'the canvas as vector graphics, for wikis and pull requests',
      testId: 'toolbar.export.svg',
      run: () => run('svg'),
    },
    {
      label: 'Picture as PNG',
      detail: 'the canvas at twice its size',
      testId: 'toolbar.export.png',
      run: () => run('png'),
    },
  ];

  return (
    <header className="toolbar" role="toolbar" aria-label="Designer">
      <h1 className="toolbar-title">Route Studio</h1>
      <span className="toolbar-design" data-testid="toolbar.title" title={session.title}>
        {session.title}
      </span>
      <button
        onClick={() => void session.open({ type: 'new' })}
        data-testid="toolbar.new"
        title="Start a new, empty design"
      >
        New
      </button>
      <Menu
        label="Open"
        title="Import files, open a design file or a recent design"
        testId="toolbar.open"
        entries={openEntries}
        onOpen={() => void session.library.recent().then(setRecent, () => setRecent([]))}
      />
      <button
        onClick={onTemplates}
        data-testid="toolbar.templates"
        title="Start from a template, or add one"
      >
        Templates
      </button>
      <Menu
        label="Export"
        title="Take the design away"
        testId="toolbar.export"
        entries={exportEntries}
      />
      <button onClick={onShare} data-testid="toolbar.share" title="Share the design as a link">
        Share
      </button>
      <span className="toolbar-spacer" />
      <AutosaveIndicator autosave={session.autosave} />
      <button
        onClick={() => store.getState().undo()}
        disabled={!canUndo}
        data-testid="toolbar.undo"
        title={`Undo (${MOD}Z)`}
      >
        ↶ Undo
      </button>
      <button
        onClick={() => store.getState().redo()}
        disabled={!canRedo}
        data-testid="toolbar.redo"
        title={`Redo (${MOD}Shift+Z)`}
      >
        ↷ Redo
      </button>
      <button
        onClick={() => store.getState().requestFitView()}
        data-testid="toolbar.fit"
        title="Fit the view (F)"
      >
        ⤢ Fit
      </button>
    </header>
  );
}
