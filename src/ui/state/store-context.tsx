import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { StoreApi } from 'zustand/vanilla';
import type { DesignState } from '../../store/index.ts';

const DesignStoreContext = createContext<StoreApi<DesignState> | null>(null);

/** Provides one designer store to the views below it (the app makes one per loaded design). */
export function DesignStoreProvider({
  store,
  children,
}: {
  store: StoreApi<DesignState>;
  children: ReactNode;
}) {
  return <DesignStoreContext.Provider value={store}>{children}</DesignStoreContext.Provider>;
}

/** The raw store, for imperative calls in event handlers (`getState().dispatch(...)`). */
export function useDesignStoreApi(): StoreApi<DesignState> {
  const store = useContext(DesignStoreContext);
  if (!store) throw new Error('useDesignStoreApi needs a <DesignStoreProvider> above it');
  return store;
}

/**
 * Reads part of the store and re-renders only when it changes (shallowly). Keep selectors at
 * module scope: `const selectGraph = (s: DesignState) => s.graph`.
 */
export function useDesign<T>(selector: (state: DesignState) => T): T {
  return useStore(useDesignStoreApi(), useShallow(selector));
}
