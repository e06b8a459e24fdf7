import { useRef, useState, type CSSProperties } from 'react';
import { DOCK_PANELS, type DockPanel } from './dock-panels.tsx';
import { DockResizer } from './DockResizer.tsx';
import './dock.css';

/**
 * The area under the canvas: one panel at a time (problems, and the panels beside it), chosen by
 * tabs in the panel's own bar. Pressing the open tab folds the dock down to its bar; the top edge
 * drags the open dock taller or lower (session state: every panel gets the height).
 */
export function BottomDock() {
  const [active, setActive] = useState(DOCK_PANELS[0]!.id);
  const [open, setOpen] = useState(true);
  const [height, setHeight] = useState<number | undefined>(undefined);
  const frame = useRef<HTMLDivElement>(null);
  const panel = DOCK_PANELS.find((p) => p.id === active) ?? DOCK_PANELS[0]!;
  const choose = (id: string) => {
    if (id === active) setOpen(!open);
    else {
      setActive(id);
      setOpen(true);
    }
  };
  const tabs = <DockTabs active={panel.id} open={open} onChoose={choose} />;
  const sized = open && height !== undefined;
  return (
    <div
      ref={frame}
      className={`dock-frame${sized ? ' dock-frame--sized' : ''}`}
      style={sized ? ({ '--dock-height': `${height}px` } as CSSProperties) : undefined}
    >
      {open && (
        <DockResizer current={() => frame.current?.offsetHeight ?? 0} onResize={setHeight} />
      )}
      <panel.Panel tabs={tabs} open={open} />
    </div>
  );
}

function DockTabs({
  active,
  open,
  onChoose,
}: {
  active: string;
  open: boolean;
  onChoose: (id: string) => void;
}) {
  return (
    <div className="dock-tabs" role="tablist" aria-label="Panels">
      {DOCK_PANELS.map((p: DockPanel) => (
        <button
          key={p.id}
          role="tab"
          className="dock-tab"
          aria-selected={p.id === active}
          aria-expanded={p.id === active ? open : undefined}
          title={p.id === active ? (open ? `Fold ${p.title}` : `Show ${p.title}`) : undefined}
          onClick={() => onChoose(p.id)}
          data-testid={`${p.id}.toggle`}
        >
          {p.title}
          {p.Badge && <p.Badge />}
        </button>
      ))}
    </div>
  );
}
