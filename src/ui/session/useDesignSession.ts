import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { DEFAULT_OPTIONS } from '../../core/design/design.ts';
import { isShareFragment } from '../../core/share/index.ts';
import { createDesignStore, type DesignState } from '../../store/index.ts';
import { afterNextPaint } from '../after-paint.ts';
import { defaultAnalyzer } from '../problems/analyzer.ts';
import { startAutosave, type Autosave } from './autosave.ts';
import { pruneLibrary, type DesignLibrary } from './library.ts';
import {
  addressSource,
  initialSource,
  openSource,
  rememberTab,
  type DocumentSource,
  type OpenedDesign,
} from './sources.ts';

/** The design on screen: its store, what it is, and its autosave. */
export interface CurrentDesign {
  store: StoreApi<DesignState>;
  design: OpenedDesign;
  autosave: Autosave;
}

/** A short message at the bottom of the page, with an optional action. */
export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; run(): void };
}

export interface DesignSession {
  current: CurrentDesign | undefined;
  loading: boolean;
  /** Why the first design could not be opened (nothing else to show then). */
  error: string | undefined;
  notices: readonly Notice[];
  /**
   * Opens a design from any source. The one on screen is saved first and, when it was changed,
   * kept as a recent design (a notice says so and offers to reopen it); if it could not be saved,
   * `confirmDiscard` must agree first.
   */
  open(source: DocumentSource, options?: { push?: boolean }): Promise<void>;
  notify(text: string, tone?: Notice['tone'], action?: Notice['action']): void;
  dismiss(id: number): void;
  /** Set while opening waits for the person to agree to lose a design that could not be saved. */
  discardRequest: { title: string; reason: string; proceed(): void; cancel(): void } | undefined;
}

let nextNotice = 1;

/** The app's one path from a source to a store: loading state, autosave, history entries. */
export function useDesignSession(library: DesignLibrary, defaultTemplate: string): DesignSession {
  const [current, setCurrent] = useState<CurrentDesign>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();
  const [notices, setNotices] = useState<Notice[]>([]);
  const [discardRequest, setDiscardRequest] = useState<DesignSession['discardRequest']>();
  const currentRef = useRef<CurrentDesign | undefined>(undefined);
  const opening = useRef(0);

  const notify = useCallback<DesignSession['notify']>((text, tone = 'info', action) => {
    const notice: Notice = { id: nextNotice++, text, tone, ...(action ? { action } : {}) };
    setNotices((list) => [...list.slice(-2), notice]);
  }, []);
  const dismiss = useCallback(
    (id: number) => setNotices((list) => list.filter((n) => n.id !== id)),
    [],
  );

  const show = useCallback(
    (design: OpenedDesign, push: boolean) => {
      defaultAnalyzer().warm(design.document.files, DEFAULT_OPTIONS);
      const store = createDesignStore({ document: design.document });
      const autosave = startAutosave(store, design, library);
      const next = { store, design, autosave };
      currentRef.current?.autosave.stop();
      currentRef.current = next;
      setCurrent(next);
      // Notices about the design that is gone (their Undo acted on it) go with it.
      setNotices([]);
      if (push) history.pushState(null, '', design.url);
      rememberTab(design.id);
      window.__routeStudio = store;
      pruneLibrary(library).catch(() => undefined);
    },
    [library],
  );

  const open = useCallback<DesignSession['open']>(
    async (source, { push = true } = {}) => {
      const ticket = ++opening.current;
      const previous = currentRef.current;
      if (previous) {
        await previous.autosave.flush();
        if (previous.autosave.changed && previous.autosave.status.state === 'failed') {
          const reason = previous.autosave.status.message;
          const agreed = await new Promise<boolean>((resolve) =>
            setDiscardRequest({
              title: previous.design.title,
              reason,
              proceed: () => resolve(true),
              cancel: () => resolve(false),
            }),
          );
          setDiscardRequest(undefined);
          if (!agreed) return;
        }
      }
      setLoading(true);
      // The loading state paints before a large design is read and parsed.
      await new Promise<void>((resolve) => afterNextPaint(resolve));
      const result = await openSource(source, library);
      if (ticket !== opening.current) return;
      setLoading(false);
      if (!result.ok) {
        if (previous) notify(result.error, 'error');
        else setError(result.error);
        return;
      }
      show(result.design, push);
      if (result.problem) notify(result.problem, 'error');
      if (previous?.autosave.changed) {
        const kept = previous.design;
        notify(`“${kept.title}” is kept in Open ▸ Recent designs.`, 'info', {
          label: 'Reopen',
          run: () => void open({ type: 'saved', id: kept.id }),
        });
      }
    },
    [library, notify, show],
  );

  useEffect(() => {
    void open(initialSource(defaultTemplate), { push: false });
    const onPopState = () => {
      // A fragment navigation fires both events: a share link is hashchange's to open.
      if (!isShareFragment(location.hash))
        void open(addressSource(defaultTemplate), { push: false });
    };
    // A link pasted into the address bar of an open page changes only the fragment.
    const onHashChange = () => {
      const hash = location.hash;
      if (!isShareFragment(hash)) return;
      // A link that does not open leaves the design on screen and the address as it was.
      void open({ type: 'link', fragment: hash }, { push: false }).then(() => {
        const shown = currentRef.current?.design.url;
        if (shown !== undefined && !shown.endsWith(hash)) history.replaceState(null, '', shown);
      });
    };
    addEventListener('popstate', onPopState);
    addEventListener('hashchange', onHashChange);
    return () => {
      removeEventListener('popstate', onPopState);
      removeEventListener('hashchange', onHashChange);
    };
  }, [open, defaultTemplate]);

  return {
    current,
    loading,
    error,
    notices,
    open,
    notify,
    dismiss,
    discardRequest,
  };
}
