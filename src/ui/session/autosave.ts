import type { StoreApi } from 'zustand/vanilla';
import { formatBytes } from '../../core/import/limits.ts';
import { documentOf, type DesignState } from '../../store/index.ts';
import type { DesignLibrary, SavedDesign } from './library.ts';

/** Designs larger than this (their text in UTF-16, as the browser stores it) are not autosaved. */
export const AUTOSAVE_MAX_CHARS = 25 * 1024 * 1024;
/** Changes are saved at most this often: never on the typing path itself. */
export const AUTOSAVE_DELAY_MS = 1000;

export type AutosaveStatus =
  | { state: 'idle' }
  /** Changes wait for the next save. */
  | { state: 'pending' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; message: string };

export interface Autosave {
  /** Saves pending changes now (before another design replaces this one, or the page hides). */
  flush(): Promise<void>;
  /** True once the design was changed (or imported): it is then kept as a recent design. */
  readonly changed: boolean;
  readonly status: AutosaveStatus;
  /** Calls `listener` on every status change (for `useSyncExternalStore`); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  stop(): void;
}

const touched = (s: DesignState, p: DesignState) =>
  s.design !== p.design ||
  s.positions !== p.positions ||
  s.activeFile !== p.activeFile ||
  s.viewport !== p.viewport ||
  s.gatewayApi !== p.gatewayApi;

function sizeOf(state: DesignState): number {
  let chars = 0;
  for (const file of state.design.files) chars += file.text.length;
  return chars;
}

/**
 * Saves the store's design in the library as the person works: a change only marks it dirty and
 * schedules a save a second later (typing never waits for storage), and the page hiding saves at
 * once. A design over the size limit, or a full or missing storage, reports `failed` with the
 * reason, for the app to say so.
 */
export function startAutosave(
  store: StoreApi<DesignState>,
  meta: { id: string; title: string; changed: boolean },
  library: DesignLibrary,
): Autosave {
  const listeners = new Set<() => void>();
  let changed = meta.changed;
  let dirty = meta.changed;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let status: AutosaveStatus = { state: 'idle' };
  let saving: Promise<void> = Promise.resolve();
  const report = (next: AutosaveStatus) => {
    status = next;
    for (const listener of listeners) listener();
  };

  const save = async () => {
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    const state = store.getState();
    const size = sizeOf(state);
    if (size > AUTOSAVE_MAX_CHARS) {
      report({
        state: 'failed',
        message: `The design is ${formatBytes(size * 2)}, over the ${formatBytes(AUTOSAVE_MAX_CHARS * 2)} the browser keeps: export a design file to keep it.`,
      });
      return;
    }
    const record: SavedDesign = {
      id: meta.id,
      title: meta.title,
      savedAt: Date.now(),
      changed,
      document: documentOf(state),
    };
    try {
      await library.save(record);
      // Changes made while it was written wait for the next save: still pending then.
      report(dirty ? { state: 'pending' } : { state: 'saved', at: record.savedAt });
    } catch (error) {
      dirty = true;
      report({
        state: 'failed',
        message: `The browser did not save the design (${(error as Error).message || 'storage unavailable'}): export a design file to keep it.`,
      });
    }
  };
  const flush = () => {
    clearTimeout(timer);
    saving = saving.then(save);
    return saving;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (!touched(state, previous)) return;
    if (
      state.design !== previous.design ||
      state.positions !== previous.positions ||
      state.gatewayApi !== previous.gatewayApi
    )
      changed = true;
    if (!changed) return;
    dirty = true;
    if (timer !== undefined) return;
    // Reported once per save, not per keystroke: it re-renders the toolbar.
    if (status.state !== 'failed') report({ state: 'pending' });
    timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  // Leaving the page: start the write now, not after whatever save is in flight.
  const onPageHide = () => {
    clearTimeout(timer);
    void save();
  };
  const inBrowser = typeof window !== 'undefined';
  if (inBrowser) {
    addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
  }
  if (dirty) void flush();

  return {
    flush,
    get changed() {
      return changed;
    },
    get status() {
      return status;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      clearTimeout(timer);
      unsubscribe();
      if (!inBrowser) return;
      removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
    },
  };
}
