import { describe, expect, it } from 'vitest';
import { documentOfFiles } from '../core/document/create.ts';
import { createDesignStore, documentOf } from './index.ts';

const files = [{ name: 'a.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n' }];

describe('documentOf', () => {
  it('keeps the Gateway API target a design names, and leaves the default out', () => {
    const store = createDesignStore({
      document: { ...documentOfFiles(files), settings: { gatewayApi: 'v1.5-experimental' } },
    });
    expect(store.getState().gatewayApi).toEqual({ version: 'v1.5', channel: 'experimental' });
    expect(documentOf(store.getState()).settings).toEqual({ gatewayApi: 'v1.5-experimental' });

    store.getState().setGatewayApi({ version: 'v1.6', channel: 'standard' });
    expect(documentOf(store.getState()).settings).toEqual({});
  });

  it('opens a design whose setting names no known release on the default target', () => {
    const store = createDesignStore({
      document: { ...documentOfFiles(files), settings: { gatewayApi: 'v9.9-nightly' } },
    });
    expect(store.getState().gatewayApi).toEqual({ version: 'v1.6', channel: 'standard' });
  });
});
