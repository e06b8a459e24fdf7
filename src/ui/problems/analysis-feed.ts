import type { StoreApi } from 'zustand/vanilla';
import { selectAnalysis, type DesignAnalysis, type DesignState } from '../../store/index.ts';

/** An analysis that took longer than this is not redone on every change… */
const BUDGET_MS = 50;
/** …but once the design has been quiet for this long. */
const QUIET_MS = 300;

/**
 * The analysis the views show, one per store. On ordinary designs it follows every change (in a
 * microtask, so views that patch themselves from the change, like Monaco's models, have done so
 * before markers land). When analyzing took longer than the budget (thousands of routes), it
 * waits for a pause in typing instead, so keystrokes never queue behind the analysis.
 */
export class AnalysisFeed {
  private analysis: DesignAnalysis;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queued = false;
  private cost = 0;

  constructor(private readonly store: StoreApi<DesignState>) {
    // The first analysis also builds the schemas and warms the JIT: its time predicts nothing.
    this.analysis = selectAnalysis(store.getState());
    store.subscribe((state, previous) => {
      if (state.design !== previous.design || state.missingAsError !== previous.missingAsError)
        this.schedule(state.missingAsError !== previous.missingAsError);
    });
  }

  /** The latest analysis (of the current design, or of a recent one while typing on a large one). */
  current = (): DesignAnalysis => this.analysis;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private schedule(now: boolean): void {
    clearTimeout(this.timer);
    if (now || this.cost <= BUDGET_MS) {
      if (this.queued) return;
      this.queued = true;
      queueMicrotask(() => {
        this.queued = false;
        this.refresh();
      });
    } else {
      this.timer = setTimeout(() => this.refresh(), QUIET_MS);
    }
  }

  private compute(): DesignAnalysis {
    const start = performance.now();
    const analysis = selectAnalysis(this.store.getState());
    const elapsed = performance.now() - start;
    // A cache hit costs nothing and says nothing about the next change.
    if (analysis !== this.analysis) this.cost = elapsed;
    return analysis;
  }

  private refresh(): void {
    const next = this.compute();
    if (next === this.analysis) return;
    this.analysis = next;
    for (const listener of this.listeners) listener();
  }
}

const feeds = new WeakMap<StoreApi<DesignState>, AnalysisFeed>();

/** The store's analysis feed, shared by the markers, the problems panel and the canvas. */
export function analysisFeedOf(store: StoreApi<DesignState>): AnalysisFeed {
  let feed = feeds.get(store);
  if (!feed) feeds.set(store, (feed = new AnalysisFeed(store)));
  return feed;
}
