import { createElement, useEffect, useState, type ReactNode } from 'react';
import { ConfirmDialog, type ConfirmRequest } from '../canvas/ConfirmDialog.tsx';
import { useDesignStoreApi } from '../state/store-context.tsx';
import { handleShortcut, type NodePositionLookup } from './shortcuts.ts';

/**
 * Installs the designer's shortcuts on the window for as long as the component is mounted.
 * Returns the pending question (Delete of something others refer to), for the caller to render.
 */
export function useDesignerShortcuts(positionOf: NodePositionLookup): ReactNode {
  const store = useDesignStoreApi();
  const [confirm, setConfirm] = useState<ConfirmRequest | undefined>();
  useEffect(() => {
    const host = { positionOf, ask: setConfirm };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (handleShortcut(event, store, host)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, positionOf]);
  return confirm
    ? createElement(ConfirmDialog, { request: confirm, onClose: () => setConfirm(undefined) })
    : null;
}
