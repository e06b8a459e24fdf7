import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Example } from '../core/examples/index.ts';
import { planImport } from '../core/import/plan.ts';
import { resolveCollisions } from '../core/import/resolve.ts';
import type { createDesignStore } from '../store/index.ts';
import { DesignCanvas } from './canvas/DesignCanvas.tsx';
import { BottomDock } from './dock/BottomDock.tsx';
import { ImportDialog } from './import/ImportDialog.tsx';
import { ImportPickers, type Pickers } from './import/ImportPickers.tsx';
import { useDropAndPaste } from './import/useDropAndPaste.ts';
import { useImporter } from './import/useImporter.ts';
import { SideColumn } from './inspector/SideColumn.tsx';
import { useDesignerShortcuts } from './keyboard/useDesignerShortcuts.ts';
import { ShareDialog } from './share/ShareDialog.tsx';
import { DiscardDialog } from './session/DiscardDialog.tsx';
import type { DesignLibrary } from './session/library.ts';
import { Notices } from './session/Notices.tsx';
import { SessionProvider, useSession, type SessionApi } from './session/session-context.tsx';
import { useDesignSession } from './session/useDesignSession.ts';
import { DesignStoreProvider, useDesignStoreApi } from './state/store-context.tsx';
import { TemplateGallery } from './templates/TemplateGallery.tsx';
import { Toolbar } from './toolbar/Toolbar.tsx';
import { YamlPane } from './yaml/YamlPane.tsx';
import './app.css';

declare global {
  interface Window {
    /** Test-only handle on the current store: e2e tests READ state through it, never drive it. */
    __routeStudio?: ReturnType<typeof createDesignStore>;
  }
}

/**
 * The app: one designer store per open design. Every way of opening a design (the address, a
 * template, files, a design file, a recent design) goes through the session's one path, which
 * shows a loading state, autosaves the design and keeps the one it replaces.
 */
export function App({
  library,
  defaultTemplate,
}: {
  library: DesignLibrary;
  defaultTemplate: string;
}) {
  const session = useDesignSession(library, defaultTemplate);
  const { current, open, notify } = session;
  const api = useMemo<SessionApi | undefined>(
    () =>
      current && { open, notify, library, title: current.design.title, autosave: current.autosave },
    [open, notify, library, current],
  );
  if (!current || !api)
    return (
      <div className="app-loading" role="status" data-testid="app.loading">
        {session.error ?? 'Opening the design…'}
      </div>
    );
  return (
    <SessionProvider value={api}>
      <DesignStoreProvider store={current.store} key={current.design.id}>
        <ReactFlowProvider>
          <Designer />
        </ReactFlowProvider>
      </DesignStoreProvider>
      {session.loading && (
        <div className="app-loading-overlay" role="status" data-testid="app.loading">
          Opening the design…
        </div>
      )}
      <Notices notices={session.notices} onDismiss={session.dismiss} />
      {session.discardRequest && (
        <DiscardDialog request={session.discardRequest} store={current.store} />
      )}
    </SessionProvider>
  );
}

/**
 * Layout: toolbar on top; palette and inspector on the left, the canvas in the middle with the
 * dock (problems and the panels beside it) below it, the YAML pane on the right. Files dropped anywhere or text pasted on the
 * canvas are imported.
 */
function Designer() {
  const flow = useReactFlow();
  const store = useDesignStoreApi();
  const session = useSession();
  const positionOf = useCallback((id: string) => flow.getNode(id)?.position, [flow]);
  const shortcutDialog = useDesignerShortcuts(positionOf);
  const importer = useImporter();
  const dropping = useDropAndPaste(importer);
  const pickers = useRef<Pickers>(null);
  const [gallery, setGallery] = useState(false);
  const [sharing, setSharing] = useState(false);

  const openTemplate = (example: Example) => {
    setGallery(false);
    void session.open({ type: 'template', id: example.id });
  };
  const addTemplate = (example: Example) => {
    setGallery(false);
    const state = store.getState();
    const { files, renamed } = resolveCollisions(
      state.design,
      planImport(state.design, example.files),
    );
    if (files.length === 0) {
      session.notify(`The design has everything of ${example.title} already.`);
      return;
    }
    state.addFiles(files, 'import');
    state.setActiveFile(files[0]!.name);
    state.requestFitView();
    session.notify(
      `Added ${example.title}${renamed.length ? ` (renamed ${renamed.join('; ')})` : ''}. Undo removes it again.`,
      'info',
      { label: 'Undo', run: () => store.getState().undo() },
    );
  };

  return (
    <div className="app">
      <Toolbar
        onPick={(kind) => pickers.current?.pick(kind)}
        onTemplates={() => setGallery(true)}
        onShare={() => setSharing(true)}
      />
      <div className="workspace">
        <SideColumn />
        <main className="center-column">
          <div className="canvas-area" data-testid="canvas.area">
            <DesignCanvas />
          </div>
          <BottomDock />
        </main>
        <YamlPane />
      </div>
      <ImportPickers ref={pickers} importer={importer} />
      {dropping && (
        <div className="app-drop" data-testid="app.drop">
          Drop YAML or JSON files, or a folder, to import them
        </div>
      )}
      {importer.review && <ImportDialog importer={importer} review={importer.review} />}
      {gallery && (
        <TemplateGallery
          onOpen={openTemplate}
          onAdd={addTemplate}
          onClose={() => setGallery(false)}
        />
      )}
      {sharing && <ShareDialog onClose={() => setSharing(false)} />}
      {shortcutDialog}
    </div>
  );
}
