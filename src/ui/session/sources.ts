import { documentOfFiles, emptyDocument } from '../../core/document/create.ts';
import type { DesignDocument } from '../../core/document/document.ts';
import { findExample } from '../../core/examples/index.ts';
import { decodeShareFragment, isShareFragment } from '../../core/share/index.ts';
import type { DesignLibrary } from './library.ts';

/** Every way a design is opened: each goes through {@link openSource}, then one store is made. */
export type DocumentSource =
  /** A new, empty design. */
  | { type: 'new' }
  /** A template (example) by id, as `/?example=<id>` names it. */
  | { type: 'template'; id: string }
  /** A design kept in the browser (the autosaved one, a recent one); else `fallback`, if given. */
  | { type: 'saved'; id: string; fallback?: DocumentSource }
  /** The most recently changed design kept in the browser, else the default template. */
  | { type: 'last'; fallback: string }
  /** A document already in hand: files imported as a new design, a design file. */
  | { type: 'document'; document: DesignDocument; title: string }
  /**
   * A share link's fragment. A link that cannot be opened says why; with a `fallback`, that opens
   * instead (the page must show something), the reason coming along as a notice.
   */
  | { type: 'link'; fragment: string; fallback?: DocumentSource };

/** A design ready to become the store: its document and how to name, keep and address it. */
export interface OpenedDesign {
  id: string;
  title: string;
  /** Kept as a recent design from the start (imports), rather than after the first change. */
  changed: boolean;
  document: DesignDocument;
  /** The address that opens it again: what the app puts in the location bar. */
  url: string;
}

export type OpenResult =
  | {
      ok: true;
      design: OpenedDesign;
      /** Why the source itself could not be opened. */ problem?: string;
    }
  | { ok: false; error: string };

const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function template(id: string): OpenResult {
  const example = findExample(id);
  if (!example) return { ok: false, error: `There is no template "${id}".` };
  return {
    ok: true,
    design: {
      id: newId(),
      title: example.title,
      changed: false,
      document: documentOfFiles(example.files),
      url: `?example=${encodeURIComponent(id)}`,
    },
  };
}

/**
 * Turns a source into a design to open. Asynchronous, since some sources are read from storage
 * (and later, decompressed); never throws: a source that cannot be opened says why.
 */
export async function openSource(
  source: DocumentSource,
  library: DesignLibrary,
): Promise<OpenResult> {
  switch (source.type) {
    case 'new':
      return {
        ok: true,
        design: {
          id: newId(),
          title: 'Untitled design',
          changed: false,
          document: emptyDocument(),
          url: '?new',
        },
      };
    case 'template':
      return template(source.id);
    case 'document':
      return {
        ok: true,
        design: {
          id: newId(),
          title: source.title,
          changed: true,
          document: source.document,
          url: '/',
        },
      };
    case 'link': {
      const decoded = decodeShareFragment(source.fragment);
      if (decoded.ok)
        return {
          ok: true,
          design: {
            id: newId(),
            title: 'Shared design',
            changed: false,
            document: decoded.document,
            url: `${location.pathname}${location.search}#${source.fragment.replace(/^#/, '')}`,
          },
        };
      const problem = `This link cannot be opened: ${decoded.error.message}`;
      if (!source.fallback) return { ok: false, error: problem };
      const fallback = await openSource(source.fallback, library);
      return fallback.ok ? { ...fallback, problem } : fallback;
    }
    case 'saved':
    case 'last': {
      try {
        const saved =
          source.type === 'saved' ? await library.load(source.id) : (await library.recent())[0];
        if (saved) return { ok: true, design: { ...saved, url: '/' } };
      } catch {
        // Storage unavailable: fall through to what the address asks for.
      }
      if (source.type === 'last') return template(source.fallback);
      if (source.fallback) return openSource(source.fallback, library);
      return { ok: false, error: 'That design is no longer kept in this browser.' };
    }
  }
}

/** What this tab has open, so a reload (or a crash) reopens it rather than what the URL first said. */
interface TabRecord {
  id: string;
  href: string;
}

const TAB_KEY = 'route-studio.tab';

export function rememberTab(id: string): void {
  try {
    sessionStorage.setItem(TAB_KEY, JSON.stringify({ id, href: location.href }));
  } catch {
    // No session storage: a reload opens what the address says.
  }
}

function tabRecord(): TabRecord | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(TAB_KEY) ?? 'null') as unknown;
    if (value && typeof value === 'object' && 'id' in value && 'href' in value)
      return value as TabRecord;
  } catch {
    // Unreadable: ignore it.
  }
  return undefined;
}

/**
 * The source the page opens with: after a reload, the design this tab had; else what the
 * address names (`?example=<id>`, `?new`); else the design of the last visit, or the default.
 */
export function initialSource(defaultTemplate: string): DocumentSource {
  const tab = tabRecord();
  const addressed = addressSource(defaultTemplate);
  if (tab && tab.href === location.href) return { type: 'saved', id: tab.id, fallback: addressed };
  return addressed;
}

/** What the address names: a share link (`#v1/…`), `?example=<id>`, `?new`, else the last visit's design. */
export function addressSource(defaultTemplate: string): DocumentSource {
  if (isShareFragment(location.hash))
    return { type: 'link', fragment: location.hash, fallback: queryOrLast(defaultTemplate) };
  return queryOrLast(defaultTemplate);
}

function queryOrLast(defaultTemplate: string): DocumentSource {
  const params = new URLSearchParams(location.search);
  const example = params.get('example');
  if (example !== null && findExample(example)) return { type: 'template', id: example };
  if (params.has('new')) return { type: 'new' };
  return { type: 'last', fallback: defaultTemplate };
}
