import type { StoreApi } from 'zustand/vanilla';
import {
  composeAnalysis,
  pendingAnalysis,
  type DesignAnalysis,
  type DesignState,
} from '../../store/index.ts';
import { defaultAnalyzer, inThreadAnalyzer, type Analyzer } from './analyzer.ts';

/** An analysis that took longer than this is not redone on every change… */
const BUDGET_MS = 50;
/** …but once the design has been quiet for this long. */
const QUIET_MS = 500;

/**
 * The analysis the views show, one per store. Every design change asks the analyzer (a worker in
 * the app) for a new analysis; at most one is in flight: changes made meanwhile are folded into
 * the next request, and the stale result is dropped rather than shown, since its positions no
 * longer match the text. When an analysis took longer than the budget (thousands of routes), the
 * next waits for a pause in typing: the worker then does not compete with the canvas for the
 * processor on every key. Until the first result, the parse diagnostics alone show (`pending`).
 */
export class AnalysisFeed {
  private analysis: DesignAnalysis;
  private readonly listeners = new Set<() => void>();
  private inFlight = false;
  private changedInFlight = false;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private cost = 0;

  constructor(
    private readonly store: StoreApi<DesignState>,
    private analyzer: Analyzer,
  ) {
    const { design, missingAsError } = store.getState();
    this.analysis = pendingAnalysis(design, missingAsError);
    store.subscribe((state, previous) => {
      if (state.design !== previous.design || state.missingAsError !== previous.missingAsError)
        this.schedule();
    });
    this.request();
  }

  /** The latest analysis (of the current design, or of a recent one while it is being redone). */
  current = (): DesignAnalysis => this.analysis;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private schedule(): void {
    clearTimeout(this.quietTimer);
    if (this.cost <= BUDGET_MS) this.request();
    else this.quietTimer = setTimeout(() => this.request(), QUIET_MS);
  }

  private request(): void {
    if (this.inFlight) {
      this.changedInFlight = true;
      return;
    }
    this.inFlight = true;
    const { design, missingAsError } = this.store.getState();
    const started = performance.now();
    this.analyzer.analyze(design, missingAsError).then(
      (result) => {
        this.cost = performance.now() - started;
        this.settle(composeAnalysis(design, missingAsError, result));
      },
      (error: unknown) => {
        console.warn('The analysis worker failed; analyzing on the main thread.', error);
        this.analyzer = inThreadAnalyzer;
        this.changedInFlight = true;
        this.settle(undefined);
      },
    );
  }

  private settle(next: DesignAnalysis | undefined): void {
    this.inFlight = false;
    if (this.changedInFlight) {
      this.changedInFlight = false;
      this.request();
      return;
    }
    if (!next) return;
    this.analysis = next;
    for (const listener of this.listeners) listener();
  }
}

const feeds = new WeakMap<StoreApi<DesignState>, AnalysisFeed>();

/** The store's analysis feed, shared by the markers, the problems panel and the canvas. */
export function analysisFeedOf(
  store: StoreApi<DesignState>,
  analyzer: Analyzer = defaultAnalyzer(),
): AnalysisFeed {
  let feed = feeds.get(store);
  if (!feed) feeds.set(store, (feed = new AnalysisFeed(store, analyzer)));
  return feed;
}
