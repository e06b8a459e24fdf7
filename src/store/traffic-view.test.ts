import { describe, expect, it } from 'vitest';
import { TestDesigner } from './testing/test-designer.ts';

describe('the simulator and tests view state', () => {
  it('keeps the simulated request and the canvas highlight out of the undo history', () => {
    const designer = new TestDesigner().add('Gateway', 'web');
    const request = {
      entry: 'gateway:default/web',
      method: 'GET',
      url: 'http://a/',
      headers: '',
      sni: '',
    };
    designer.state.setSimulation(request);
    const highlight = { type: 'path' as const, nodes: new Set(['x']), edges: new Set<string>() };
    designer.state.setCanvasHighlight(highlight);
    expect(designer.state.simulation).toBe(request);
    expect(designer.state.canvasHighlight).toBe(highlight);

    designer.undo();
    designer.expectResources();
    expect(designer.state.simulation).toBe(request);
    expect(designer.state.canvasHighlight).toBe(highlight);
    designer.state.setCanvasHighlight(undefined);
    expect(designer.state.canvasHighlight).toBeUndefined();
  });
});
