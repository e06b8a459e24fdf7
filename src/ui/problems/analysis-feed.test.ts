import { describe, expect, it, vi } from 'vitest';
import { createDesignStore, selectAnalysis } from '../../store/index.ts';
import { analysisFeedOf } from './analysis-feed.ts';

const TEXT = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: ClusterIPX
`;

describe('analysisFeedOf', () => {
  it('is one feed per store and follows changes after the synchronous listeners ran', async () => {
    const store = createDesignStore({ files: [{ name: 'a.yaml', text: TEXT }] });
    const feed = analysisFeedOf(store);
    expect(analysisFeedOf(store)).toBe(feed);
    expect(feed.current()).toBe(selectAnalysis(store.getState()));
    const listener = vi.fn();
    feed.subscribe(listener);

    store.getState().setFileText('a.yaml', TEXT.replace('ClusterIPX', 'ClusterIP'), 'yaml');
    store.getState().setFileText('a.yaml', TEXT.replace('ClusterIPX', 'NodePort'), 'yaml');
    expect(listener).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(feed.current()).toBe(selectAnalysis(store.getState()));
    expect(feed.current().diagnostics).toEqual([]);

    store.getState().setMissingAsError(true);
    await Promise.resolve();
    expect(feed.current().missingAsError).toBe(true);
  });
});
