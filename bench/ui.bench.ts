/**
 * UI bench: the designer opening the 1,000-route design (`/?example=large-1000`) in Chromium,
 * driven by Playwright. Prints time to the first canvas nodes, time until layout and rendering
 * settle (in a new tab, where the app's code loads too, and picked from the example list of a
 * running designer, where only the design is new), how many nodes and edges the canvas rendered out of the design's, the latency from a
 * key typed in the YAML to the canvas showing it, from a key to the problems panel showing its
 * check (the analysis while typing), and frame times while panning and zooming.
 * Figures stand beside their goals; nothing is asserted. The default example (a handful of
 * resources) is measured in the same run, the same way, as the baseline: what opening and typing
 * cost on this machine right now whatever the design's size.
 *
 * Run: `npm run bench:ui [-- --dev] [-- --runs 3] [-- --port 4190]`. By default it serves a
 * production build (`vite build` + `vite preview`); `--dev` uses the dev server instead.
 */
import { chromium, type Page } from '@playwright/test';
import { createDesign, type Design } from '../src/core/design/design.ts';
import { locateField } from '../src/core/design/locate.ts';
import { DEFAULT_EXAMPLE_ID, findExample, type Example } from '../src/core/examples/index.ts';
import { buildGraph } from '../src/core/graph/build.ts';
import { layoutStructure } from '../src/core/layout/structure.ts';
import { countOf } from '../src/core/text/plural.ts';
import { formatTable, ms } from './table.ts';
import {
  emptyCanvasPoint,
  installProbe,
  NAME_SHIM,
  startFrames,
  stopFrames,
  watchText,
  type KeyLatency,
} from './ui-probe.ts';
import { startAppServer } from './ui-server.ts';

const EXAMPLE = 'large-1000';
const VIEWPORT = { width: 1600, height: 1000 };
/** The canvas counts as settled after this long without a DOM change in it. */
const QUIET_MS = 1000;
const OPEN_GOAL_MS = 2000;
const TYPING_GOAL_MS = 100;
const KEYSTROKES = 25;
/** Keys typed to time the checks: each makes the path invalid or valid again. */
const CHECK_KEYS = 10;
const CHECK_GOAL_MS = 200;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const runs = option('--runs', 1);

const median = (values: readonly number[]) => percentile(values, 0.5);
/** `(min–max)` of a figure measured over several runs: how much this machine varied. */
const spread = (values: readonly number[]) =>
  `(${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function loadExample(id: string): { example: Example; design: Design } {
  const example = findExample(id);
  if (!example) throw new Error(`No example ${id}`);
  return { example, design: createDesign(example.files) };
}

const large = loadExample(EXAMPLE);
const baseline = loadExample(DEFAULT_EXAMPLE_ID);
const structure = layoutStructure(buildGraph(large.design));

interface OpenFigures {
  firstNodes: number;
  settled: number;
  editor: number;
  renderedNodes: number;
  renderedEdges: number;
  domElements: number;
  graphNodes: number;
  graphEdges: number;
}

/** Opens the example in a fresh page and waits until the canvas has been quiet for a while. */
async function open(page: Page, url: string, exampleId: string): Promise<OpenFigures> {
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(installProbe);
  await page.goto(`${url}?example=${exampleId}`);
  await page.waitForFunction(() => window.__uiBench.firstNodeAt > 0, null, { timeout: 600_000 });
  await page.waitForFunction(
    (quiet) => performance.now() - window.__uiBench.lastCanvasChangeAt > quiet,
    QUIET_MS,
    { timeout: 600_000, polling: 100 },
  );
  await page.waitForFunction(() => window.__uiBench.editorAt > 0, null, { timeout: 600_000 });
  return page.evaluate(() => {
    const graph = window.__routeStudio!.getState().graph;
    return {
      firstNodes: window.__uiBench.firstNodeAt,
      settled: window.__uiBench.lastCanvasChangeAt,
      editor: window.__uiBench.editorAt,
      renderedNodes: document.querySelectorAll('.react-flow__node').length,
      renderedEdges: document.querySelectorAll('.react-flow__edge').length,
      domElements: document.getElementsByTagName('*').length,
      graphNodes: graph.nodes.length,
      graphEdges: graph.edges.length,
    };
  });
}

/**
 * Opens the large example from the template gallery of a page showing the baseline, as a person
 * who has the designer open does: the app's code is loaded and compiled, only the design is new.
 * Returns the milliseconds from the pick until the canvas was quiet for a while.
 */
async function pickFromRunningApp(page: Page, url: string): Promise<number> {
  await open(page, url, DEFAULT_EXAMPLE_ID);
  await page.getByTestId('toolbar.templates').click();
  const pickedAt = await page.evaluate(() => performance.now());
  await page.getByTestId(`templates.open.${EXAMPLE}`).click();
  await page.waitForFunction(
    (count) => window.__routeStudio?.getState().design.resources.length === count,
    large.design.resources.length,
    { timeout: 600_000 },
  );
  await page.waitForFunction(
    (quiet) => performance.now() - window.__uiBench.lastCanvasChangeAt > quiet,
    QUIET_MS,
    { timeout: 600_000, polling: 100 },
  );
  return page.evaluate((at) => window.__uiBench.lastCanvasChangeAt - at, pickedAt);
}

/** Where the value of a route's first path match starts in the editor (1-based), if it has one. */
function firstPathValue(design: Design, routeKey: string) {
  const route = design.byKey.get(routeKey);
  if (!route || route.file !== design.files[0]?.name) return undefined; // the editor shows file 1
  const range = locateField(design, route, ['spec', 'rules', 0, 'matches', 0, 'path', 'value']);
  const value = route.value.spec as { rules?: { matches?: { path?: { value?: unknown } }[] }[] };
  const path = value.rules?.[0]?.matches?.[0]?.path?.value;
  if (!range || typeof path !== 'string' || path.length < 2) return undefined;
  return { value: path, line: range.start.line, column: range.start.column };
}

/** Types into a visible route's first path, timing each key until its node shows the change. */
async function typingLatencies(
  page: Page,
  design: Design,
): Promise<{ route: string; latencies: KeyLatency[] }> {
  const prefix = 'canvas.node.';
  const nodeIds = await page.evaluate(
    (p) =>
      [
        ...document.querySelectorAll(`[data-testid^="${p}gateway.networking.k8s.io/HTTPRoute/"]`),
      ].map((el) => el.getAttribute('data-testid') ?? ''),
    prefix,
  );
  // A route whose path shows on the canvas (routes without matches show none).
  const target = nodeIds
    .map((id) => ({ id, key: id.slice(prefix.length) }))
    .map((t) => ({
      ...t,
      route: t.key.split('/').slice(-2).join('/'),
      path: firstPathValue(design, t.key),
    }))
    .find((t) => t.path !== undefined);
  if (!target?.path) throw new Error('No HTTPRoute with a path match is rendered');
  const { line, column, value } = target.path;
  await page.getByTestId('yaml.editor').locator('.view-lines').click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line}:${column + 1}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);

  const selector = `[data-testid="${target.id}"]`;
  const latencies: KeyLatency[] = [];
  let typed = '';
  // One untimed key first: the first edit warms caches the following ones reuse.
  for (let i = 0; i <= KEYSTROKES; i++) {
    const key = String.fromCharCode(97 + i);
    typed += key;
    await page.evaluate(watchText, { selector, expected: `/${typed}${value.slice(1)}` });
    await page.keyboard.press(key);
    const latency = await page.evaluate(() => window.__uiBench.pending!);
    if (i > 0) latencies.push(latency);
    await page.waitForTimeout(300);
  }
  return { route: target.route, latencies };
}

/**
 * Right after the typing keys (the cursor is in the route's path): `%` makes the path invalid (a
 * CEL error) and Backspace valid again, each timed until the problems panel's error count shows
 * the check of that text. This is the analysis while typing, worker round trip included.
 */
async function checkingLatencies(page: Page): Promise<KeyLatency[]> {
  const selector = '[data-testid="problems.filter.error"]';
  const before = (await page.locator(selector).textContent()) ?? '';
  const errors = Number(/(\d+) error/.exec(before)?.[1] ?? 0);
  const latencies: KeyLatency[] = [];
  for (let i = 0; i <= CHECK_KEYS; i++) {
    const invalid = i % 2 === 0;
    await page.evaluate(watchText, {
      selector,
      expected: ` ${countOf(errors + (invalid ? 1 : 0), 'error')}`,
    });
    await page.keyboard.press(invalid ? '%' : 'Backspace');
    const latency = await page.evaluate(() => window.__uiBench.pending!);
    if (i > 0) latencies.push(latency);
    await page.waitForTimeout(300);
  }
  return latencies;
}

/** Frame intervals while dragging the canvas and then zooming it with the wheel. */
async function panZoomFrames(page: Page): Promise<number[]> {
  const point = await page.evaluate(emptyCanvasPoint);
  if (!point) throw new Error('No empty canvas point to drag');
  await page.evaluate(startFrames);
  await page.mouse.move(point.x, point.y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(point.x - i * 10, point.y - i * 12);
  await page.mouse.up();
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
  }
  const frames = await page.evaluate(stopFrames);
  return frames.slice(1).map((t, i) => t - frames[i]!);
}

const server = await startAppServer({ dev: args.includes('--dev'), port: option('--port', 4190) });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  /** Opens an example `runs` times in fresh pages, then types and pans in the last one. */
  const measure = async (exampleId: string, design: Design, pan: boolean) => {
    const opens: OpenFigures[] = [];
    let page: Page | undefined;
    for (let run = 0; run < runs; run++) {
      await page?.context().close();
      page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
      opens.push(await open(page, server.url, exampleId));
    }
    const typing = await typingLatencies(page!, design);
    const checks = await checkingLatencies(page!);
    const frames = pan ? await panZoomFrames(page!) : [];
    await page!.context().close();
    return { opens, ...typing, checks, frames };
  };
  const small = await measure(DEFAULT_EXAMPLE_ID, baseline.design, false);
  const { opens, route, latencies, checks, frames } = await measure(EXAMPLE, large.design, true);
  const picks: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    picks.push(await pickFromRunningApp(await context.newPage(), server.url));
    await context.close();
  }
  const picked = median(picks);

  const last = opens.at(-1)!;
  const settled = median(opens.map((o) => o.settled));
  const keyToFrame = (l: readonly KeyLatency[]) => l.map((k) => k.frameAt - k.keyAt);
  const timedOut = latencies.filter((l) => l.timedOut).length;
  const typing = median(keyToFrame(latencies));
  const checking = median(keyToFrame(checks));
  const checksTimedOut = checks.filter((l) => l.timedOut).length;
  const status = (value: number, goal: number) => (value < goal ? 'met' : 'MISSED');
  const lines = large.example.files[0]!.text.split('\n').length;

  console.log(
    `${EXAMPLE}: ${lines.toLocaleString('en')} lines of YAML; canvas ${structure.boxes.length.toLocaleString('en')} nodes, ` +
      `${structure.links.length.toLocaleString('en')} links (graph ${last.graphNodes.toLocaleString('en')} nodes, ` +
      `${last.graphEdges.toLocaleString('en')} edges). Baseline: ${DEFAULT_EXAMPLE_ID} ` +
      `(${baseline.design.resources.length} resources), measured the same way in this run. Served: ${server.mode}` +
      (server.buildMs ? ` (vite build ${ms(server.buildMs)})` : '') +
      `; Chromium ${browser.version()} at ${VIEWPORT.width}×${VIEWPORT.height}; ${runs} opens each.\n`,
  );
  const rows = [
    [
      'open → first canvas nodes in the DOM',
      ms(median(opens.map((o) => o.firstNodes))),
      '',
      '',
      ms(median(small.opens.map((o) => o.firstNodes))),
    ],
    [
      `open in a new tab → layout + render settled (${QUIET_MS} ms quiet)`,
      `${ms(settled)} ${spread(opens.map((o) => o.settled))}`,
      `< ${ms(OPEN_GOAL_MS)}`,
      status(settled, OPEN_GOAL_MS),
      ms(median(small.opens.map((o) => o.settled))),
    ],
    [
      `picked in the running app → layout + render settled`,
      `${ms(picked)} ${spread(picks)}`,
      `< ${ms(OPEN_GOAL_MS)}`,
      status(picked, OPEN_GOAL_MS),
      '',
    ],
    [
      'open → editor shows the YAML',
      ms(median(opens.map((o) => o.editor))),
      '',
      '',
      ms(median(small.opens.map((o) => o.editor))),
    ],
    [
      'canvas nodes rendered / in the design',
      `${last.renderedNodes} / ${structure.boxes.length}`,
      'visible only',
      last.renderedNodes < structure.boxes.length ? 'met' : 'MISSED',
      '',
    ],
    [
      'canvas edges rendered / links in the design',
      `${last.renderedEdges} / ${structure.links.length}`,
      '',
      '',
      '',
    ],
    ['DOM elements in the page', last.domElements.toLocaleString('en'), '', '', ''],
    [
      `typing → canvas, median of ${latencies.length} keys (path of ${route})`,
      ms(typing),
      `< ${ms(TYPING_GOAL_MS)}`,
      timedOut ? `${timedOut} TIMED OUT` : status(typing, TYPING_GOAL_MS),
      ms(median(keyToFrame(small.latencies))),
    ],
    [
      'typing → canvas, slowest key',
      ms(Math.max(...keyToFrame(latencies))),
      '',
      '',
      ms(Math.max(...keyToFrame(small.latencies))),
    ],
    [
      `typing → problems panel shows its check, median of ${checks.length} keys`,
      ms(checking),
      `< ${ms(CHECK_GOAL_MS)}`,
      checksTimedOut ? `${checksTimedOut} TIMED OUT` : status(checking, CHECK_GOAL_MS),
      ms(median(keyToFrame(small.checks))),
    ],
    [
      'typing → problems panel, slowest key',
      ms(Math.max(...keyToFrame(checks))),
      '',
      '',
      ms(Math.max(...keyToFrame(small.checks))),
    ],
    [
      `pan + zoom: frame interval median / p95 (${frames.length} frames)`,
      `${ms(median(frames))} / ${ms(percentile(frames, 0.95))}`,
      '',
      '',
      '',
    ],
    ['pan + zoom: frames over 50 ms', String(frames.filter((f) => f > 50).length), '', '', ''],
  ];
  console.log(
    formatTable(['figure', EXAMPLE, 'goal', '', `baseline: ${DEFAULT_EXAMPLE_ID}`], rows),
  );
  console.log(
    '\nTimes are from navigation start (page `performance.now()`); typing is keydown → the ' +
      'frame after the canvas DOM showed the new path.',
  );
} finally {
  await browser.close();
  await server.close();
}
