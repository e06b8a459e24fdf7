import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DEFAULT_OPTIONS } from '../core/design/design.ts';
import { findExample, type Example } from '../core/examples/index.ts';
import { createDesignStore } from '../store/index.ts';
import { DesignCanvas } from './canvas/DesignCanvas.tsx';
import { SideColumn } from './inspector/SideColumn.tsx';
import { useDesignerShortcuts } from './keyboard/useDesignerShortcuts.ts';
import { defaultAnalyzer } from './problems/analyzer.ts';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { DesignStoreProvider } from './state/store-context.tsx';
import { Toolbar } from './toolbar/Toolbar.tsx';
import { YamlPane } from './yaml/YamlPane.tsx';
import './app.css';

declare global {
  interface Window {
    /** Test-only handle on the current store: e2e tests READ state through it, never drive it. */
    __routeStudio?: ReturnType<typeof createDesignStore>;
  }
}

/** The example named in the URL (`/?example=<id>`), else the given default. */
export function exampleFromUrl(search: string, fallback: Example): Example {
  return findExample(new URLSearchParams(search).get('example')) ?? fallback;
}

/**
 * The app: one designer store per loaded example. Picking another example creates a fresh store
 * (the factory serves the app as it serves the tests) and records it in the URL.
 */
export function App({ defaultExample }: { defaultExample: Example }) {
  const [example, setExample] = useState(() => exampleFromUrl(location.search, defaultExample));
  const store = useMemo(() => {
    // The worker parses and analyzes the design while this thread parses it for the canvas.
    defaultAnalyzer().warm(example.files, DEFAULT_OPTIONS);
    return createDesignStore({ files: example.files });
  }, [example]);

  useEffect(() => {
    window.__routeStudio = store;
  }, [store]);

  useEffect(() => {
    const onPopState = () => setExample(exampleFromUrl(location.search, defaultExample));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [defaultExample]);

  const pickExample = useCallback((id: string) => {
    const next = findExample(id);
    if (!next) return;
    history.pushState(null, '', `?example=${encodeURIComponent(id)}`);
    setExample(next);
  }, []);

  return (
    <DesignStoreProvider store={store} key={example.id}>
      <ReactFlowProvider>
        <Designer exampleId={example.id} onPickExample={pickExample} />
      </ReactFlowProvider>
    </DesignStoreProvider>
  );
}

/**
 * Layout: toolbar on top; palette and inspector on the left, the canvas in the middle with the
 * problems below it, the YAML pane on the right.
 */
function Designer({
  exampleId,
  onPickExample,
}: {
  exampleId: string;
  onPickExample: (id: string) => void;
}) {
  const flow = useReactFlow();
  const positionOf = useCallback((id: string) => flow.getNode(id)?.position, [flow]);
  const shortcutDialog = useDesignerShortcuts(positionOf);
  return (
    <div className="app">
      <Toolbar exampleId={exampleId} onPickExample={onPickExample} />
      <div className="workspace">
        <SideColumn />
        <main className="center-column">
          <div className="canvas-area">
            <DesignCanvas />
          </div>
          <ProblemsPanel />
        </main>
        <YamlPane />
      </div>
      {shortcutDialog}
    </div>
  );
}
