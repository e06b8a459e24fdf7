import { useEffect } from 'react';
import { useDesignStoreApi } from '../state/store-context.tsx';
import { handleShortcut, type NodePositionLookup } from './shortcuts.ts';

/** Installs the designer's shortcuts on the window for as long as the component is mounted. */
export function useDesignerShortcuts(positionOf: NodePositionLookup): void {
  const store = useDesignStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (handleShortcut(event, store, positionOf)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, positionOf]);
}
