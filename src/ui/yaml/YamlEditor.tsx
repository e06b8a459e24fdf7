import { useEffect, useRef } from 'react';
import { afterNextPaint } from '../after-paint.ts';
import { useDesignStoreApi } from '../state/store-context.tsx';

/**
 * The Monaco editor for the design's files. Monaco is loaded lazily (it is most of the bundle),
 * configured once, and the editor, its binding and its models are disposed on unmount.
 */
export function YamlEditor() {
  const store = useDesignStoreApi();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let disposed = false;
    let cleanup: (() => void) | undefined;
    const load = () =>
      Promise.all([import('./monaco/setup.ts'), import('./binding/design-binding.ts')]).then(
        ([{ setupMonaco }, { DesignEditorBinding }]) => {
          if (disposed || !host.current) return;
          const m = setupMonaco();
          const editor = m.editor.create(host.current, {
            model: null,
            automaticLayout: true,
            minimap: { enabled: false },
            tabSize: 2,
            insertSpaces: true,
            detectIndentation: false,
            scrollBeyondLastLine: false,
            fontSize: 13,
            renderWhitespace: 'selection',
            fixedOverflowWidgets: true,
            // Each of these costs a pass over the whole text after every edit or cursor move,
            // tens of milliseconds per key on a 50,000-line design: sticky scroll's outline (it
            // asks monaco-yaml's worker for every document symbol, a reply that takes the main
            // thread half a second to receive), monaco-yaml's folding ranges (indentation folds
            // YAML the same way, locally), bracket-pair colours, highlighting every occurrence of
            // the word or selection (every other line has a `name`), and link and colour
            // detection (Kubernetes YAML has neither).
            stickyScroll: { enabled: false },
            foldingStrategy: 'indentation',
            bracketPairColorization: { enabled: false },
            occurrencesHighlight: 'off',
            selectionHighlight: false,
            links: false,
            colorDecorators: false,
          });
          const binding = new DesignEditorBinding(m, editor, store);
          host.current.dataset.ready = 'true';
          cleanup = () => {
            binding.dispose();
            editor.dispose();
          };
        },
      );
    // After the canvas has painted: creating the models of a large design takes the main thread
    // for a while, and the canvas is what a newly opened design is looked at first.
    const cancel = afterNextPaint(() => void load());
    return () => {
      disposed = true;
      cancel();
      cleanup?.();
    };
  }, [store]);

  return <div ref={host} className="yaml-editor" data-testid="yaml.editor" />;
}
