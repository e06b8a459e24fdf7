import type { StoreApi } from 'zustand/vanilla';
import type { DesignState } from '../../store/index.ts';
import { Dialog } from '../dialogs/Dialog.tsx';
import { downloadBase, exportDesign } from '../export/export-design.ts';
import type { DesignSession } from './useDesignSession.ts';

/** Asked before opening another design over one the browser could not save. */
export function DiscardDialog({
  request,
  store,
}: {
  request: NonNullable<DesignSession['discardRequest']>;
  store: StoreApi<DesignState>;
}) {
  return (
    <Dialog
      title={`“${request.title}” is not saved`}
      testId="discard.dialog"
      onClose={request.cancel}
      buttons={
        <>
          <button type="button" onClick={request.cancel} data-autofocus>
            Cancel
          </button>
          <button
            type="button"
            onClick={() =>
              void exportDesign(store.getState(), 'design-file', downloadBase(request.title))
            }
          >
            Download its design file
          </button>
          <button
            type="button"
            className="dialog-danger"
            onClick={request.proceed}
            data-testid="discard.ok"
          >
            Discard it and go on
          </button>
        </>
      }
    >
      <p>{request.reason}</p>
      <p>Opening another design now loses it.</p>
    </Dialog>
  );
}
