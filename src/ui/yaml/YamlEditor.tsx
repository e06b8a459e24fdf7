import { useEffect, useRef } from 'react';
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
    void Promise.all([import('./monaco/setup.ts'), import('./binding/design-binding.ts')]).then(
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
          // Both redo a pass over the whole text after each edit: on a 50,000-line design, tens
          // of milliseconds per key (sticky scroll's outline model even asks monaco-yaml's
          // worker for every document symbol, a reply that takes half a second to receive).
          stickyScroll: { enabled: false },
          foldingStrategy: 'indentation',
          bracketPairColorization: { enabled: false },
        });
        const binding = new DesignEditorBinding(m, editor, store);
        host.current.dataset.ready = 'true';
        cleanup = () => {
          binding.dispose();
          editor.dispose();
        };
      },
    );
    return () => {
      disposed = true;
      cleanup?.();
    };
  }, [store]);

  return <div ref={host} className="yaml-editor" data-testid="yaml.editor" />;
}
