import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentOfFiles } from '../../core/document/create.ts';
import { createDesignStore } from '../../store/index.ts';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_CHARS,
  startAutosave,
  type AutosaveStatus,
} from './autosave.ts';
import { KEPT_DESIGNS, memoryLibrary, pruneLibrary, type DesignLibrary } from './library.ts';
import { openSource } from './sources.ts';

const TEXT = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: cart\n';

describe('opening a design from each source', () => {
  it('gives a template its files and its address, a new design one empty file', async () => {
    const library = memoryLibrary();
    const template = await openSource({ type: 'template', id: 'canary' }, library);
    expect(template.ok && template.design.url).toBe('?example=canary');
    expect(template.ok && template.design.document.files.map((f) => f.name)).toEqual([
      'canary.yaml',
    ]);
    const empty = await openSource({ type: 'new' }, library);
    expect(empty.ok && empty.design.document.files).toEqual([{ name: 'design.yaml', text: '' }]);
    expect(await openSource({ type: 'template', id: 'nope' }, library)).toEqual({
      ok: false,
      error: 'There is no template "nope".',
    });
  });

  it('reopens a saved design, else what the address said, and the last changed one on a plain visit', async () => {
    const library = memoryLibrary();
    const document = documentOfFiles([{ name: 'a.yaml', text: TEXT }]);
    await library.save({ id: 'x', title: 'Mine', savedAt: 1, changed: true, document });
    const saved = await openSource({ type: 'saved', id: 'x' }, library);
    expect(saved.ok && saved.design).toMatchObject({ id: 'x', title: 'Mine', document });
    const gone = await openSource({ type: 'saved', id: 'y', fallback: { type: 'new' } }, library);
    expect(gone.ok && gone.design.title).toBe('Untitled design');
    const last = await openSource({ type: 'last', fallback: 'canary' }, library);
    expect(last.ok && last.design.id).toBe('x');
    const first = await openSource({ type: 'last', fallback: 'canary' }, memoryLibrary());
    expect(first.ok && first.design.title).toBe('Gateway API: canary by weight');
  });
});

describe('the library of kept designs', () => {
  it('keeps the newest changed designs and lists only changed ones', async () => {
    const library = memoryLibrary();
    const document = documentOfFiles([]);
    for (let i = 0; i < KEPT_DESIGNS + 3; i++)
      await library.save({ id: `d${i}`, title: `${i}`, savedAt: i, changed: true, document });
    await library.save({ id: 'fresh', title: 'untouched', savedAt: 99, changed: false, document });
    await pruneLibrary(library);
    const kept = await library.recent();
    expect(kept).toHaveLength(KEPT_DESIGNS);
    expect(kept[0]!.id).toBe(`d${KEPT_DESIGNS + 2}`);
    expect(await library.load('d0')).toBeUndefined();
    expect(await library.load('fresh')).toBeDefined();
  });
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const start = (library: DesignLibrary, text = TEXT) => {
    const store = createDesignStore({ document: documentOfFiles([{ name: 'a.yaml', text }]) });
    const statuses: AutosaveStatus['state'][] = [];
    const autosave = startAutosave(store, { id: 'd', title: 'D', changed: false }, library);
    autosave.subscribe(() => statuses.push(autosave.status.state));
    return { store, autosave, statuses };
  };

  it('saves a second after a change, not on every keystroke, and not before any change', async () => {
    const library = memoryLibrary();
    const save = vi.spyOn(library, 'save');
    const { store, statuses } = start(library);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(save).not.toHaveBeenCalled();
    for (const name of ['c', 'ca', 'car', 'cart2'])
      store.getState().setFileText('a.yaml', TEXT.replace('cart', name), 'yaml');
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    expect((await library.load('d'))?.document.files[0]?.text).toContain('name: cart2');
    expect((await library.recent()).map((d) => d.id)).toEqual(['d']);
    expect(statuses).toEqual(['pending', 'saved']);
  });

  it('says why when the design is too large or the storage refuses it', async () => {
    const big = start(memoryLibrary(), TEXT);
    big.store.getState().setFileText('a.yaml', 'x'.repeat(AUTOSAVE_MAX_CHARS + 1), 'yaml');
    await big.autosave.flush();
    expect(big.autosave.status).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/over the .* the browser keeps/) as string,
    });

    const full: DesignLibrary = {
      ...memoryLibrary(),
      save: () => Promise.reject(new Error('QuotaExceededError')),
    };
    const refused = start(full);
    refused.store.getState().setFileText('a.yaml', `${TEXT}# more\n`, 'yaml');
    await refused.autosave.flush();
    expect(refused.autosave.status).toMatchObject({
      state: 'failed',
      message: expect.stringContaining('QuotaExceededError') as string,
    });
  });
});
