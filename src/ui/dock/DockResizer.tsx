import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/** The lowest the dock goes (its bar and a few lines), and the canvas room it always leaves. */
const MIN_HEIGHT = 96;
const CANVAS_ROOM = 220;
const KEY_STEP = 24;

function clamp(height: number): number {
  const max = Math.max(MIN_HEIGHT, window.innerHeight - CANVAS_ROOM);
  return Math.round(Math.min(max, Math.max(MIN_HEIGHT, height)));
}

/**
 * The dock's top edge: dragging it (or Up/Down while it has the focus) sets the dock's height.
 * `current` reads the dock's height as drawn, where a drag starts from.
 */
export function DockResizer({
  current,
  onResize,
}: {
  current: () => number;
  onResize: (height: number) => void;
}) {
  const drag = useRef<{ y: number; height: number } | undefined>(undefined);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, height: current() };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onResize(clamp(drag.current.height + drag.current.y - e.clientY));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const delta = e.key === 'ArrowUp' ? KEY_STEP : e.key === 'ArrowDown' ? -KEY_STEP : 0;
    if (delta === 0) return;
    e.preventDefault();
    onResize(clamp(current() + delta));
  };
  return (
    <div
      className="dock-resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the panel"
      tabIndex={0}
      data-testid="dock.resize"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = undefined)}
      onKeyDown={onKeyDown}
    />
  );
}
