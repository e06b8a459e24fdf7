import { useSyncExternalStore } from 'react';
import type { Autosave } from '../session/autosave.ts';

/**
 * Whether the design is kept in the browser; when it cannot be, why (in red, never silent).
 * It alone re-renders when the status changes.
 */
export function AutosaveIndicator({ autosave }: { autosave: Autosave }) {
  const status = useSyncExternalStore(autosave.subscribe, () => autosave.status);
  if (status.state === 'failed')
    return (
      <span
        className="toolbar-autosave failed"
        role="status"
        data-testid="toolbar.autosave"
        title={status.message}
      >
        Not saved in this browser
      </span>
    );
  if (status.state === 'pending')
    return (
      <span className="toolbar-autosave" role="status" data-testid="toolbar.autosave">
        Saving…
      </span>
    );
  if (status.state === 'saved')
    return (
      <span
        className="toolbar-autosave"
        role="status"
        data-testid="toolbar.autosave"
        title="Reopened after a reload; listed under Open ▸ Recent designs"
      >
        Saved in this browser
      </span>
    );
  return null;
}
