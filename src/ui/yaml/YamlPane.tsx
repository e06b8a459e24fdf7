import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { DesignState } from '../../store/index.ts';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { FileTabs } from './FileTabs.tsx';
import { YamlEditor } from './YamlEditor.tsx';
import './yaml-pane.css';

const selectStale = (s: DesignState) => s.stale;
const selectLayout = (s: DesignState) => s.yamlPane;

const MIN_WIDTH = 280;

const stopPropagation = (e: KeyboardEvent<HTMLElement>) => e.stopPropagation();

/** The YAML pane: file tabs (see FileTabs), the stale banner and the editor; resizable and collapsible. */
export function YamlPane() {
  const store = useDesignStoreApi();
  const stale = useDesign(selectStale);
  const { collapsed, width } = useDesign(selectLayout);
  const drag = useRef<{ x: number; width: number } | undefined>(undefined);

  const onResizeStart = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      e.currentTarget.setPointerCapture(e.pointerId);
      drag.current = { x: e.clientX, width: store.getState().yamlPane.width };
    },
    [store],
  );
  const onResizeMove = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      if (!drag.current) return;
      const max = Math.max(MIN_WIDTH, window.innerWidth - 360);
      const next = drag.current.width + drag.current.x - e.clientX;
      store.getState().setYamlPane({ width: Math.min(max, Math.max(MIN_WIDTH, next)) });
    },
    [store],
  );
  const onResizeEnd = useCallback(() => (drag.current = undefined), []);
  const toggle = () => store.getState().setYamlPane({ collapsed: !collapsed });

  return (
    <section
      className={collapsed ? 'yaml-pane collapsed' : 'yaml-pane'}
      style={collapsed ? undefined : { width }}
      data-testid="yaml.pane"
      aria-label="YAML"
    >
      <div
        className="yaml-resizer"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the YAML pane"
        onPointerDown={onResizeStart}
        onPointerMove={onResizeMove}
        onPointerUp={onResizeEnd}
        hidden={collapsed}
      />
      <header className="yaml-header">
        <button
          className="icon-button"
          onClick={toggle}
          data-testid="yaml.toggle"
          title={collapsed ? 'Show the YAML' : 'Hide the YAML'}
          aria-expanded={!collapsed}
        >
          {collapsed ? '⟨ YAML' : 'YAML ⟩'}
        </button>
        {!collapsed && <FileTabs />}
      </header>
      {stale && !collapsed && (
        <div className="yaml-stale" role="status" data-testid="yaml.stale">
          YAML has errors — canvas shows the last valid design
        </div>
      )}
      {/* Keys typed in the editor are the editor's: document-level listeners (the canvas's
          Space-to-pan, the designer shortcuts) must not see them. */}
      <div
        className="yaml-body"
        hidden={collapsed}
        onKeyDown={stopPropagation}
        onKeyUp={stopPropagation}
      >
        <YamlEditor />
      </div>
    </section>
  );
}
