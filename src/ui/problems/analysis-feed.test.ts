import { describe, expect, it, vi } from 'vitest';
import * as coreAnalysis from '../../core/analysis/analyze.ts';
import { analyzeDesign, type AnalysisResult } from '../../core/analysis/analyze.ts';
import type { Design } from '../../core/design/design.ts';
import { documentOfFiles } from '../../core/document/create.ts';
import { createDesignStore } from '../../store/index.ts';
import { analysisFeedOf } from './analysis-feed.ts';
import type { Analyzer } from './analyzer.ts';

const TEXT = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: ClusterIPX
`;

/** An analyzer whose requests the test answers (or fails) one by one. */
function manualAnalyzer() {
  const requests: { design: Design; answer: () => void; fail: () => void }[] = [];
  const analyzer: Analyzer = {
    analyze: (design, settings) =>
      new Promise<AnalysisResult>((resolve, reject) =>
        requests.push({
          design,
          answer: () => resolve(analyzeDesign(design, settings)),
          fail: () => reject(new Error('worker died')),
        }),
      ),
    warm() {},
  };
  return { analyzer, requests };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AnalysisFeed', () => {
  it('shows the parse diagnostics until the first result, then the analysis', async () => {
    const store = createDesignStore({
      document: documentOfFiles([{ name: 'a.yaml', text: TEXT }]),
    });
    const { analyzer, requests } = manualAnalyzer();
    const feed = analysisFeedOf(store, analyzer);
    expect(analysisFeedOf(store)).toBe(feed);
    expect(feed.current()).toMatchObject({ pending: true, diagnostics: [] });

    const listener = vi.fn();
    feed.subscribe(listener);
    requests[0]!.answer();
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(feed.current().pending).toBe(false);
    expect(feed.current().diagnostics.map((d) => d.path)).toEqual(['spec.type']);
  });

  it('keeps one request in flight, folds changes into the next, and drops stale results', async () => {
    const store = createDesignStore({
      document: documentOfFiles([{ name: 'a.yaml', text: TEXT }]),
    });
    const { analyzer, requests } = manualAnalyzer();
    const feed = analysisFeedOf(store, analyzer);
    const listener = vi.fn();
    feed.subscribe(listener);

    store.getState().setFileText('a.yaml', TEXT.replace('ClusterIPX', 'ClusterIP'), 'yaml');
    store.getState().setFileText('a.yaml', TEXT.replace('ClusterIPX', 'NodePort'), 'yaml');
    expect(requests).toHaveLength(1);
    requests[0]!.answer();
    await settle();
    // The first result was of the text before both edits: not shown; one request follows.
    expect(listener).not.toHaveBeenCalled();
    expect(requests).toHaveLength(2);
    expect(requests[1]!.design).toBe(store.getState().design);
    requests[1]!.answer();
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(feed.current().design).toBe(store.getState().design);
    expect(feed.current().diagnostics).toEqual([]);

    store.getState().setMissingAsError(true);
    requests[2]!.answer();
    await settle();
    expect(feed.current().missingAsError).toBe(true);
  });

  it('throttles analyses that took longer than their budget, without waiting for quiet', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const store = createDesignStore({
        document: documentOfFiles([{ name: 'a.yaml', text: TEXT }]),
      });
      const { analyzer, requests } = manualAnalyzer();
      analysisFeedOf(store, analyzer);
      vi.advanceTimersByTime(120);
      requests[0]!.answer();
      await vi.advanceTimersByTimeAsync(0);

      const type = (value: string) =>
        store.getState().setFileText('a.yaml', TEXT.replace('ClusterIPX', value), 'yaml');
      // The last analysis took 120 ms: the next starts 120 ms after the first key, however fast
      // the keys come, and sees the text of the latest.
      type('ClusterIP');
      await vi.advanceTimersByTimeAsync(60);
      type('NodePort');
      await vi.advanceTimersByTimeAsync(50);
      expect(requests).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(10);
      expect(requests).toHaveLength(2);
      expect(requests[1]!.design).toBe(store.getState().design);
      await vi.advanceTimersByTimeAsync(120);
      requests[1]!.answer();
      await vi.advanceTimersByTimeAsync(0);
      // After a pause as long as the last analysis took, a key is analyzed at once.
      await vi.advanceTimersByTimeAsync(200);
      type('LoadBalancer');
      expect(requests).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('analyzes on the main thread when the worker fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createDesignStore({
      document: documentOfFiles([{ name: 'a.yaml', text: TEXT }]),
    });
    const { analyzer, requests } = manualAnalyzer();
    const feed = analysisFeedOf(store, analyzer);
    requests[0]!.fail();
    await settle();
    expect(warn).toHaveBeenCalled();
    expect(feed.current().pending).toBe(false);
    expect(feed.current().diagnostics).toHaveLength(1);
    warn.mockRestore();
  });

  it('says the checks failed, rather than keep stale ones, when the main thread fails too', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fail = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createDesignStore({
      document: documentOfFiles([{ name: 'a.yaml', text: TEXT }]),
    });
    const { analyzer, requests } = manualAnalyzer();
    const feed = analysisFeedOf(store, analyzer);
    requests[0]!.fail();
    await settle();
    expect(feed.current().diagnostics).toHaveLength(1);
    const analyze = vi.spyOn(coreAnalysis, 'analyzeDesign').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      store.getState().setFileText('a.yaml', TEXT.replace('ClusterIPX', 'NodePort'), 'yaml');
      await settle();
      expect(feed.current()).toMatchObject({ failure: 'boom', checks: [], pending: false });
      expect(feed.current().design).toBe(store.getState().design);
      expect(fail).toHaveBeenCalled();
    } finally {
      analyze.mockRestore();
      warn.mockRestore();
      fail.mockRestore();
    }
  });

  it('analyzes again against the chosen Gateway API release and channel', async () => {
    const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: r
spec:
  rules:
  - sessionPersistence: {type: Cookie, cookie: {name: s}}
`;
    const store = createDesignStore({
      document: documentOfFiles([{ name: 'a.yaml', text: route }]),
    });
    const { analyzer, requests } = manualAnalyzer();
    const feed = analysisFeedOf(store, analyzer);
    requests[0]!.answer();
    await settle();
    expect(feed.current().diagnostics.map((d) => d.code)).toEqual(['schema-channel-field']);
    store.getState().setGatewayApi({ version: 'v1.6', channel: 'experimental' });
    requests[1]!.answer();
    await settle();
    expect(feed.current().gatewayApi.channel).toBe('experimental');
    expect(feed.current().diagnostics).toEqual([]);
  });
});
