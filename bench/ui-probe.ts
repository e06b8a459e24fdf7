/**
 * Page-side probes for the UI bench. These functions are serialized into the page by Playwright
 * (`addInitScript`, `evaluate`), so they use nothing from their module scope. Times are
 * `performance.now()` in the page: milliseconds since the navigation started.
 */

export interface UiProbe {
  /** When the first canvas node was in the DOM (0 until then). */
  firstNodeAt: number;
  /** The last DOM change inside the canvas (nodes, edges, viewport transform). */
  lastCanvasChangeAt: number;
  /** When the editor showed its first lines (0 until then). */
  editorAt: number;
  /** The last keydown anywhere on the page (capture phase, before the editor sees it). */
  keyAt: number;
  frames: number[];
  recording: boolean;
  pending?: Promise<KeyLatency>;
}

export interface KeyLatency {
  keyAt: number;
  /** When the canvas DOM showed the change. */
  domAt: number;
  /** The animation frame after that: about when it was painted. */
  frameAt: number;
  timedOut: boolean;
}

declare global {
  interface Window {
    __uiBench: UiProbe;
  }
}

/**
 * tsx (esbuild `keepNames`) wraps named functions in `__name(...)`, which exists only in Node:
 * give the page a stand-in before any serialized function runs.
 */
export const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

/** Records first canvas nodes, the last canvas change, editor readiness and key presses. */
export function installProbe(): void {
  const probe: UiProbe = {
    firstNodeAt: 0,
    lastCanvasChangeAt: 0,
    editorAt: 0,
    keyAt: 0,
    frames: [],
    recording: false,
  };
  window.__uiBench = probe;
  window.addEventListener('keydown', () => (probe.keyAt = performance.now()), true);
  new MutationObserver((records) => {
    const now = performance.now();
    if (!probe.editorAt && document.querySelector('[data-testid="yaml.editor"] .view-line'))
      probe.editorAt = now;
    const inCanvas = records.some((r) => {
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      return el?.closest('.react-flow') != null;
    });
    if (!inCanvas) return;
    probe.lastCanvasChangeAt = now;
    if (!probe.firstNodeAt && document.querySelector('.react-flow__node')) probe.firstNodeAt = now;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Arms a watcher resolving when the element's text contains `expected` (or after 5 s). */
export function watchText({ selector, expected }: { selector: string; expected: string }): void {
  const probe = window.__uiBench;
  probe.pending = new Promise((resolve) => {
    const done = (timedOut: boolean) => {
      const domAt = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() =>
        resolve({ keyAt: probe.keyAt, domAt, frameAt: performance.now(), timedOut }),
      );
    };
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)?.textContent?.includes(expected)) done(false);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => done(true), 5000);
  });
}

/** Starts recording animation frame times. */
export function startFrames(): void {
  const probe = window.__uiBench;
  probe.frames = [];
  probe.recording = true;
  const loop = (t: number) => {
    if (!probe.recording) return;
    probe.frames.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/** Stops recording and returns the frame times. */
export function stopFrames(): number[] {
  window.__uiBench.recording = false;
  return window.__uiBench.frames;
}

/** A point (page coordinates) over the canvas background, away from nodes and controls. */
export function emptyCanvasPoint(): { x: number; y: number } | undefined {
  const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
  if (!pane) return undefined;
  for (let fy = 0.2; fy < 0.8; fy += 0.05) {
    for (let fx = 0.3; fx < 0.8; fx += 0.05) {
      const x = pane.left + pane.width * fx;
      const y = pane.top + pane.height * fy;
      if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    }
  }
  return undefined;
}
