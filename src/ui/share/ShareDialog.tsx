import { useMemo, useState } from 'react';
import { encodeShareLink } from '../../core/share/index.ts';
import { documentOf } from '../../store/index.ts';
import { Dialog } from '../dialogs/Dialog.tsx';
import { useDesignStoreApi } from '../state/store-context.tsx';
import { linkLengthWarning } from './link-length.ts';
import './share.css';

/** The app's address without query or fragment: where a share link opens. */
const baseUrl = () => `${location.origin}${location.pathname}`;

/**
 * Share: the whole design as a link (files, positions and view in the URL fragment, which no
 * server sees), its length, and a warning where chat apps and trackers cut links that long.
 */
export function ShareDialog({ onClose }: { onClose(): void }) {
  const store = useDesignStoreApi();
  const result = useMemo(() => encodeShareLink(documentOf(store.getState()), baseUrl()), [store]);
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const warning = result.ok ? linkLengthWarning(result.link.length) : undefined;
  return (
    <Dialog
      title="Share this design"
      testId="share.dialog"
      onClose={onClose}
      buttons={
        <>
          <button type="button" onClick={onClose}>
            Close
          </button>
          {result.ok && (
            <button
              type="button"
              className="dialog-primary"
              data-autofocus
              data-testid="share.copy"
              onClick={() =>
                void navigator.clipboard.writeText(result.link).then(
                  () => setCopied('yes'),
                  () => setCopied('failed'),
                )
              }
            >
              {copied === 'yes' ? 'Copied' : 'Copy link'}
            </button>
          )}
        </>
      }
    >
      {result.ok ? (
        <>
          <p>
            The link holds the whole design — files, positions and view — in its <code>#</code>{' '}
            part, which browsers never send to a server.
          </p>
          <textarea
            className="share-link dialog-mono"
            readOnly
            value={result.link}
            rows={4}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="share.link"
            aria-label="Share link"
          />
          <p data-testid="share.length">{result.link.length.toLocaleString('en')} characters</p>
          {warning && (
            <p className="share-warning" role="alert" data-testid="share.warning">
              {warning}
            </p>
          )}
          {copied === 'failed' && (
            <p className="dialog-error">
              The browser did not let the page copy: select the link and copy it.
            </p>
          )}
        </>
      ) : (
        <p className="dialog-error" role="alert" data-testid="share.error">
          {result.error.message}
        </p>
      )}
    </Dialog>
  );
}
