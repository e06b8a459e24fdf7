import { useEffect, useRef, type ReactNode } from 'react';
import './dialog.css';

/**
 * A modal dialog: a title, a body and a row of buttons. Escape and the backdrop close it; keys
 * typed inside do not reach the designer's shortcuts; focus starts on the first control marked
 * `data-autofocus` (else the dialog itself).
 */
export function Dialog({
  title,
  testId,
  onClose,
  children,
  buttons,
  wide = false,
}: {
  title: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
  buttons?: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current;
    target?.focus();
  }, []);
  return (
    <div
      className="dialog-backdrop"
      role="presentation"
      onPointerDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        ref={ref}
        className={wide ? 'dialog dialog--wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
          e.stopPropagation();
        }}
      >
        <header className="dialog-head">
          <h2>{title}</h2>
          <button type="button" className="dialog-close" onClick={onClose} aria-label="Close">
            ×
          </button>
        </header>
        <div className="dialog-body">{children}</div>
        {buttons && <footer className="dialog-buttons">{buttons}</footer>}
      </div>
    </div>
  );
}
