import { useEffect, useRef } from 'react';

export interface ConfirmRequest {
  title: string;
  details: readonly string[];
  confirmLabel: string;
  onConfirm(): void;
}

/** A modal question before a change that loses data (undo still works afterwards). */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose(): void }) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="rs-dialog__backdrop" role="presentation">
      <div
        className="rs-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="rs-dialog-title"
        data-testid="confirm.dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
          event.stopPropagation();
        }}
      >
        <h2 id="rs-dialog-title">{request.title}</h2>
        <ul>
          {request.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
        <div className="rs-dialog__buttons">
          <button type="button" onClick={onClose} data-testid="confirm.cancel">
            Cancel
          </button>
          <button
            type="button"
            ref={confirmRef}
            className="rs-dialog__danger"
            onClick={() => {
              request.onConfirm();
              onClose();
            }}
            data-testid="confirm.ok"
          >
            {request.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
