import { useState } from 'react';
import { DOCK_PANELS, type DockPanel } from './dock-panels.tsx';
import './dock.css';

/**
 * The area under the canvas: one panel at a time (problems, and the panels beside it), chosen by
 * tabs in the panel's own bar. Pressing the open tab folds the dock down to its bar.
 */
export function BottomDock() {
  const [active, setActive] = useState(DOCK_PANELS[0]!.id);
  const [open, setOpen] = useState(true);
  const panel = DOCK_PANELS.find((p) => p.id === active) ?? DOCK_PANELS[0]!;
  const choose = (id: string) => {
    if (id === active) setOpen(!open);
    else {
      setActive(id);
      setOpen(true);
    }
  };
  const tabs = <DockTabs active={panel.id} open={open} onChoose={choose} />;
  return <panel.Panel tabs={tabs} open={open} />;
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
