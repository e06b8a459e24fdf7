import { useEffect } from 'react';
import type { Notice } from './useDesignSession.ts';

const SHOWN_MS = 8000;

function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss(id: number): void }) {
  useEffect(() => {
    if (notice.tone === 'error') return;
    const timer = setTimeout(() => onDismiss(notice.id), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);
  return (
    <li
      className={`notice notice--${notice.tone}`}
      data-testid="notice"
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.text}</span>
      {notice.action && (
        <button
          type="button"
          onClick={() => {
            notice.action!.run();
            onDismiss(notice.id);
          }}
          data-testid="notice.action"
        >
          {notice.action.label}
        </button>
      )}
      <button
        type="button"
        aria-label="Dismiss"
        onClick={() => onDismiss(notice.id)}
        className="notice-close"
      >
        ×
      </button>
    </li>
  );
}

/** Messages at the bottom of the page: what an import, an export or an open did. Errors stay. */
export function Notices({
  notices,
  onDismiss,
}: {
  notices: readonly Notice[];
  onDismiss(id: number): void;
}) {
  if (notices.length === 0) return null;
  return (
    <ul className="notices">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} onDismiss={onDismiss} />
      ))}
    </ul>
  );
}
