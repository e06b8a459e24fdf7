import { describe, expect, it } from 'vitest';
import { History, TYPING_WINDOW_MS, type Change } from './history.ts';

const edit = (text: string): Change => ({
  edits: [{ file: 'a.yaml', start: 0, end: 0, text }],
  inverse: [{ file: 'a.yaml', start: 0, end: text.length, text: '' }],
});
const move = (x: number, before?: number): Change => ({
  edits: [],
  inverse: [],
  positionsAfter: { n: { x, y: 0 } },
  positionsBefore: { n: before === undefined ? undefined : { x: before, y: 0 } },
});

function historyWithClock() {
  let time = 0;
  const history = new History(() => time);
  return { history, tick: (ms: number) => (time += ms) };
}

describe('History', () => {
  it('coalesces typing within the window into one step', () => {
    const { history, tick } = historyWithClock();
    history.record(edit('a'), 'yaml');
    tick(TYPING_WINDOW_MS - 1);
    history.record(edit('b'), 'yaml');
    expect(history.takeUndo()?.changes).toHaveLength(2);
    expect(history.canUndo).toBe(false);
  });

  it('starts a new step after a pause, a canvas change or an undo', () => {
    const { history, tick } = historyWithClock();
    history.record(edit('a'), 'yaml');
    tick(TYPING_WINDOW_MS);
    history.record(edit('b'), 'yaml');
    history.record(edit('c'), 'canvas');
    history.record(edit('d'), 'yaml');
    expect(history.takeUndo()?.changes).toHaveLength(1);
    history.takeRedo();
    history.record(edit('e'), 'yaml');
    expect(history.takeUndo()?.changes).toHaveLength(1);
    expect(history.takeUndo()?.changes).toHaveLength(1);
  });

  it('groups a gesture into one step and folds its moves', () => {
    const { history } = historyWithClock();
    history.begin();
    history.record(move(1, 0), 'canvas');
    history.begin();
    history.record(move(2, 1), 'canvas');
    history.end();
    history.record(edit('x'), 'canvas');
    expect(history.canUndo).toBe(false);
    history.end();
    const step = history.takeUndo();
    expect(step?.changes).toHaveLength(2);
    expect(step?.changes[0]?.positionsBefore).toEqual({ n: { x: 0, y: 0 } });
    expect(step?.changes[0]?.positionsAfter).toEqual({ n: { x: 2, y: 0 } });
  });

  it('bail drops the open gesture and returns its changes', () => {
    const { history } = historyWithClock();
    history.record(edit('kept'), 'canvas');
    history.begin();
    history.record(edit('dropped'), 'canvas');
    expect(history.bail()).toHaveLength(1);
    expect(history.inGesture).toBe(false);
    expect(history.takeUndo()?.changes[0]?.edits[0]?.text).toBe('kept');
  });

  it('records nothing for an empty gesture and clears redo on a new change', () => {
    const { history } = historyWithClock();
    history.begin();
    history.end();
    expect(history.canUndo).toBe(false);
    history.record(edit('a'), 'canvas');
    history.takeUndo();
    expect(history.canRedo).toBe(true);
    history.record(edit('b'), 'canvas');
    expect(history.canRedo).toBe(false);
  });
});
