import { useCallback, useRef, type PointerEvent } from 'react';
import type { DesignState } from '../../store/index.ts';
import { Palette } from '../palette/Palette.tsx';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { Inspector } from './Inspector.tsx';

const selectWidth = (s: DesignState) => s.sideColumnWidth;

export const MIN_SIDE_WIDTH = 240;
/** Room the canvas keeps however wide the column is dragged. */
const CANVAS_ROOM = 360;

/**
 * The left column: the palette on top, always in view, and the inspector below it, scrolling on
 * its own. Its right edge drags to resize it (the width is session view state).
 */
export function SideColumn() {
  const store = useDesignStoreApi();
  const width = useDesign(selectWidth);
  const drag = useRef<{ x: number; width: number } | undefined>(undefined);

  const onResizeStart = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      e.currentTarget.setPointerCapture(e.pointerId);
      drag.current = { x: e.clientX, width: store.getState().sideColumnWidth };
    },
    [store],
  );
  const onResizeMove = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      if (!drag.current) return;
      const { yamlPane } = store.getState();
      const yaml = yamlPane.collapsed ? 0 : yamlPane.width;
      const max = Math.max(MIN_SIDE_WIDTH, window.innerWidth - yaml - CANVAS_ROOM);
      const next = drag.current.width + e.clientX - drag.current.x;
      store
        .getState()
        .setSideColumnWidth(Math.round(Math.min(max, Math.max(MIN_SIDE_WIDTH, next))));
    },
    [store],
  );
  const onResizeEnd = useCallback(() => (drag.current = undefined), []);

  return (
    <aside className="side-column" style={{ width }} aria-label="Palette and inspector">
      <Palette />
      <Inspector />
      <div
        className="side-column__resizer"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the palette and inspector"
        data-testid="inspector.resize"
        onPointerDown={onResizeStart}
        onPointerMove={onResizeMove}
        onPointerUp={onResizeEnd}
      />
    </aside>
  );
}
