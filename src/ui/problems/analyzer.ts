import { analyzeDesign, type AnalysisResult } from '../../core/analysis/analyze.ts';
import { DEFAULT_GATEWAY_API_TARGET } from '../../core/schemas/gateway-api/target.ts';
import {
  designSources,
  type Design,
  type DesignOptions,
  type SourceFile,
} from '../../core/design/design.ts';
import type { AnalysisSettings } from '../../store/index.ts';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol.ts';

/** Runs the core analysis of a design somewhere, and answers later. */
export interface Analyzer {
  analyze(design: Design, settings: AnalysisSettings): Promise<AnalysisResult>;
  /** Starts parsing (and analyzing) a design that is about to be opened, if it can meanwhile. */
  warm(sources: readonly SourceFile[], options: DesignOptions): void;
}

/**
 * Analysis on the calling thread, after the current task's microtasks: tests, and the fallback.
 * An analysis that throws rejects (the analysis never should, but the panel must not wait forever).
 */
export const inThreadAnalyzer: Analyzer = {
  analyze: (design, settings) =>
    new Promise((resolve, reject) =>
      queueMicrotask(() => {
        try {
          resolve(analyzeDesign(design, settings));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }),
    ),
  warm() {},
};

/** Analysis in a Web Worker (`analysis.worker.ts`), one request at a time, in order. */
class WorkerAnalyzer implements Analyzer {
  private readonly worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
  });
  private readonly waiting = new Map<
    number,
    { resolve: (result: AnalysisResult) => void; reject: (error: Error) => void }
  >();
  private nextId = 1;

  constructor() {
    this.worker.onmessage = ({ data }: MessageEvent<AnalysisResponse>) => {
      const waiter = this.waiting.get(data.id);
      this.waiting.delete(data.id);
      if ('result' in data) waiter?.resolve(data.result);
      else waiter?.reject(new Error(data.error));
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      for (const waiter of this.waiting.values()) waiter.reject(new Error(event.message));
      this.waiting.clear();
    };
  }

  analyze(design: Design, settings: AnalysisSettings): Promise<AnalysisResult> {
    const id = this.post(designSources(design), design.options, settings);
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
  }

  warm(sources: readonly SourceFile[], options: DesignOptions): void {
    this.post([...sources], options, {
      missingAsError: false,
      gatewayApi: DEFAULT_GATEWAY_API_TARGET,
    });
  }

  private post(sources: SourceFile[], options: DesignOptions, settings: AnalysisSettings): number {
    const request: AnalysisRequest = { id: this.nextId++, sources, options, settings };
    this.worker.postMessage(request);
    return request.id;
  }
}

let shared: Analyzer | undefined;

/** The app's analyzer: one worker for the page's lifetime where workers exist, else in-thread. */
export function defaultAnalyzer(): Analyzer {
  if (!shared) {
    try {
      shared = typeof Worker === 'undefined' ? inThreadAnalyzer : new WorkerAnalyzer();
    } catch (error) {
      console.warn('Analysis runs on the main thread: no worker could start.', error);
      shared = inThreadAnalyzer;
    }
  }
  return shared;
}
