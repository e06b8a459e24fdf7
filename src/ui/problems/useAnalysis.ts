import { useSyncExternalStore } from 'react';
import type { DesignAnalysis } from '../../store/index.ts';
import { useDesignStoreApi } from '../state/store-context.tsx';
import { analysisFeedOf } from './analysis-feed.ts';

/**
 * Reads part of the live analysis; re-renders when that part changes. The selector must return
 * something stable for one analysis (a field, a map entry, a primitive).
 */
export function useAnalysis<T>(select: (analysis: DesignAnalysis) => T): T {
  const feed = analysisFeedOf(useDesignStoreApi());
  return useSyncExternalStore(feed.subscribe, () => select(feed.current()));
}
