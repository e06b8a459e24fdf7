import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  testId: string;
  run(): void;
  disabled?: boolean;
  /** A line of smaller text under the label. */
  detail?: string;
}

export type MenuEntry = MenuItem | { heading: string } | 'separator';

/**
 * A toolbar button that opens a list of actions below it. Closes on a pick, on Escape and on a
 * click elsewhere.
 */
export function Menu({
  label,
  title,
  testId,
  entries,
  onOpen,
}: {
  label: ReactNode;
  title: string;
  testId: string;
  entries: readonly MenuEntry[];
  /** Called as the menu opens (to refresh entries that come from elsewhere). */
  onOpen?(): void;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    addEventListener('pointerdown', onPointer);
    return () => removeEventListener('pointerdown', onPointer);
  }, [open]);
  const list = open ? entries : [];
  return (
    <div
      className="menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={title}
        data-testid={testId}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {label} ▾
      </button>
      {open && (
        <div className="menu-list" role="menu">
          {list.map((entry, i) =>
            entry === 'separator' ? (
              <hr key={i} />
            ) : 'heading' in entry ? (
              <div key={i} className="menu-heading">
                {entry.heading}
              </div>
            ) : (
              <button
                key={entry.testId}
                type="button"
                role="menuitem"
                disabled={entry.disabled}
                data-testid={entry.testId}
                onClick={() => {
                  setOpen(false);
                  entry.run();
                }}
              >
                <span>{entry.label}</span>
                {entry.detail && <small>{entry.detail}</small>}
              </button>
            ),
          )}
        </div>
      )}
    </div>
  );
}
