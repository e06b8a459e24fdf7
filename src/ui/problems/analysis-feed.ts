import type { StoreApi } from 'zustand/vanilla';
import {
  analysisSettingsOf,
  composeAnalysis,
  failedAnalysis,
  pendingAnalysis,
  type DesignAnalysis,
  type DesignState,
} from '../../store/index.ts';
import { defaultAnalyzer, inThreadAnalyzer, type Analyzer } from './analyzer.ts';

/** An analysis that took longer than this is not redone on every change… */
const BUDGET_MS = 50;
/** …but at most once per its own duration, and at least this often while typing goes on. */
const MAX_WAIT_MS = 500;

/**
 * The analysis the views show, one per store. Every design change asks the analyzer (a worker in
 * the app) for a new analysis; at most one is in flight: changes made meanwhile are folded into
 * the next request, and the stale result is dropped rather than shown, since its positions no
 * longer match the text. When an analysis took longer than the budget (thousands of routes), the
 * next is throttled to once per its own duration (at most 500 ms): results keep coming while the
 * person types, and the worker does not compete with the canvas for the processor on every key.
 * Analysis is incremental (an edit inside one route of 1,000 is redone in a few milliseconds), so
 * after the first analysis of a large design typing is back within the budget. Until the first
 * result, the parse diagnostics alone show (`pending`).
 */
export class AnalysisFeed {
  private analysis: DesignAnalysis;
  private readonly listeners = new Set<() => void>();
  private inFlight = false;
  private changedInFlight = false;
  private throttleTimer: ReturnType<typeof setTimeout> | undefined;
  private cost = 0;
  /** When the last analysis came back (`performance.now()`). */
  private settledAt = 0;

  constructor(
    private readonly store: StoreApi<DesignState>,
    private analyzer: Analyzer,
  ) {
    this.analysis = pendingAnalysis(store.getState().design, analysisSettingsOf(store.getState()));
    store.subscribe((state, previous) => {
      if (
        state.design !== previous.design ||
        state.missingAsError !== previous.missingAsError ||
        state.gatewayApi !== previous.gatewayApi
      )
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
    // A slow analysis waits until as long after the last one as that one took (at most 500 ms):
    // the worker is busy at most about half the time, and a key after a pause is checked at once.
    const wait = Math.min(MAX_WAIT_MS, this.cost) - (performance.now() - this.settledAt);
    if (this.cost <= BUDGET_MS || wait <= 0) {
      clearTimeout(this.throttleTimer);
      this.throttleTimer = undefined;
      this.request();
      return;
    }
    // A throttle, not a debounce: a running timer is kept, so typing never postpones the result.
    this.throttleTimer ??= setTimeout(() => {
      this.throttleTimer = undefined;
      this.request();
    }, wait);
  }

  private request(): void {
    if (this.inFlight) {
      this.changedInFlight = true;
      return;
    }
    this.inFlight = true;
    const state = this.store.getState();
    const { design } = state;
    const settings = analysisSettingsOf(state);
    const started = performance.now();
    this.analyzer.analyze(design, settings).then(
      (result) => {
        this.settledAt = performance.now();
        this.cost = this.settledAt - started;
        this.settle(composeAnalysis(design, settings, result));
      },
      (error: unknown) => {
        if (this.analyzer !== inThreadAnalyzer) {
          console.warn('The analysis worker failed; analyzing on the main thread.', error);
          this.analyzer = inThreadAnalyzer;
          this.changedInFlight = true;
          this.settle(undefined);
          return;
        }
        // Even the main thread could not analyze this design: say so rather than keep showing
        // the checks of an earlier one, whose positions no longer match the text.
        console.error('The analysis failed.', error);
        const message = error instanceof Error ? error.message : String(error);
        this.settle(failedAnalysis(design, settings, message));
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
