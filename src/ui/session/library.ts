import type { DesignDocument } from '../../core/document/document.ts';

/** One design kept in the browser: the autosaved current design, or one of the recent ones. */
export interface SavedDesign {
  id: string;
  title: string;
  /** Epoch milliseconds of the last save. */
  savedAt: number;
  /** True once someone changed it (or it was imported): only such designs are listed as recent. */
  changed: boolean;
  document: DesignDocument;
}

/** Where designs are kept between visits. IndexedDB in the browser; a Map in tests. */
export interface DesignLibrary {
  save(design: SavedDesign): Promise<void>;
  load(id: string): Promise<SavedDesign | undefined>;
  /** Changed designs, newest first. */
  recent(): Promise<SavedDesign[]>;
  remove(id: string): Promise<void>;
}

/**
 * Drops the changed designs past the newest {@link KEPT_DESIGNS}. Run when a design opens, not on
 * every save: listing reads every design back.
 */
export async function pruneLibrary(library: DesignLibrary): Promise<void> {
  for (const old of (await library.recent()).slice(KEPT_DESIGNS)) await library.remove(old.id);
}

/** How many changed designs are kept; older ones are dropped when another design opens. */
export const KEPT_DESIGNS = 12;

/** A library in memory: for tests, and when the browser has no IndexedDB. */
export function memoryLibrary(): DesignLibrary {
  const designs = new Map<string, SavedDesign>();
  return {
    save(design) {
      designs.set(design.id, design);
      return Promise.resolve();
    },
    load(id) {
      return Promise.resolve(designs.get(id));
    },
    recent() {
      const changed = [...designs.values()].filter((d) => d.changed);
      return Promise.resolve(changed.sort((a, b) => b.savedAt - a.savedAt));
    },
    remove(id) {
      designs.delete(id);
      return Promise.resolve();
    },
  };
}

const DB_NAME = 'route-studio';
const STORE = 'designs';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
  return request(open);
}

/** The browser's library: one IndexedDB object store of {@link SavedDesign} records. */
export function indexedDbLibrary(): DesignLibrary {
  let db: Promise<IDBDatabase> | undefined;
  const store = async (mode: IDBTransactionMode) => {
    db ??= openDatabase();
    return (await db).transaction(STORE, mode).objectStore(STORE);
  };
  const all = async () => (await request((await store('readonly')).getAll())) as SavedDesign[];
  const library: DesignLibrary = {
    async save(design) {
      await request((await store('readwrite')).put(design));
    },
    async load(id) {
      return (await request((await store('readonly')).get(id))) as SavedDesign | undefined;
    },
    async recent() {
      return (await all()).filter((d) => d.changed).sort((a, b) => b.savedAt - a.savedAt);
    },
    async remove(id) {
      await request((await store('readwrite')).delete(id));
    },
  };
  return library;
}

/** The browser's library where it has IndexedDB, else one in memory (nothing survives a reload). */
export function browserLibrary(): DesignLibrary {
  return typeof indexedDB === 'undefined' ? memoryLibrary() : indexedDbLibrary();
}
