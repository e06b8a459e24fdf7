/**
 * Core bench on the large generated design (1,000 HTTPRoutes): full parse + graph, a one-character
 * edit, one edit command, and the analysis of the whole design beside the incremental analysis of
 * an edit inside one route, each beside a baseline measured in the same run (yaml's
 * `parseAllDocuments` of the whole text). Run: `npx tsx bench/core.bench.ts`.
 */
import { parseAllDocuments } from 'yaml';
import { analyzeDesign } from '../src/core/analysis/analyze.ts';
import { applyCommand } from '../src/core/commands/apply.ts';
import {
  createDesign,
  editFile,
  findFile,
  setFileText,
  type Design,
} from '../src/core/design/design.ts';
import { generateLargeDesign } from '../src/core/examples/large.ts';
import { buildGraph } from '../src/core/graph/build.ts';
import { measureRounds } from './measure.ts';
import { middleSplitRoute, oneCharEdit } from './scenario.ts';
import { formatTable, ms } from './table.ts';

/** An edit must be this many times faster than parsing the whole text. */
const EDIT_GOAL = 20;
const FILE = 'large.yaml';

const text = generateLargeDesign({ routes: 1000, gateways: 4 });
const design = createDesign([{ name: FILE, text }]);
const graph = buildGraph(design);
const route = middleSplitRoute(design);
const edit = oneCharEdit(design, route.resource);
const editedText = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
const weightCommand = {
  type: 'setBackendWeight',
  key: route.resource.key,
  rule: route.rule,
  backend: 0,
  weight: 42,
} as const;

// Check once that each scenario really changes what it should, so no figure times a no-op.
const editedRoute = setFileText(design, FILE, editedText).byKey.get(route.resource.key);
if (!editedRoute || !JSON.stringify(editedRoute.value).includes('"/apix"')) {
  throw new Error('The one-character edit did not reach the route');
}
const commanded = applyCommand(design, weightCommand);
const weightEdge = buildGraph(commanded.design).edges.find(
  (e) => e.type === 'backend' && e.from === `${route.resource.key}#rule/${route.rule}`,
);
if (commanded.diagnostics.length > 0 || weightEdge?.weight !== 42) {
  throw new Error(`setBackendWeight did not apply: ${JSON.stringify(commanded.diagnostics)}`);
}

const heavy = 1;
const light = 6;
const warmupRounds = 2;
const rounds = 9;

/**
 * Designs to analyze, one per run: the analysis is cached per design object. Fresh parses for the
 * full analysis (nothing shared), and edits of the base design for the incremental one (each
 * shares every resource but the edited route with the design analyzed before it, as typing does).
 */
const runs = (perRound: number) => (warmupRounds + rounds) * perRound;
const fresh = Array.from({ length: runs(heavy) }, () => createDesign([{ name: FILE, text }]));
analyzeDesign(design);
const typed = Array.from({ length: runs(light) }, (_, i) =>
  editFile(design, FILE, [{ ...edit, text: String.fromCharCode(97 + (i % 26)) + i }]),
);
const nextOf = (pool: Design[]) => () => {
  const next = pool.shift();
  if (!next) throw new Error('The bench ran out of prepared designs');
  return next;
};
const nextFresh = nextOf(fresh);
const nextTyped = nextOf(typed);
const cases: { name: string; fn: () => unknown; perRound: number; goal?: number }[] = [
  {
    name: 'yaml parseAllDocuments, whole text (baseline)',
    fn: () => parseAllDocuments(text),
    perRound: heavy,
  },
  {
    name: 'createDesign + buildGraph, whole text',
    fn: () => buildGraph(createDesign([{ name: FILE, text }])),
    perRound: heavy,
  },
  {
    name: 'one-char edit: setFileText + buildGraph',
    fn: () => buildGraph(setFileText(design, FILE, editedText)),
    perRound: light,
    goal: EDIT_GOAL,
  },
  {
    name: 'one-char edit: editFile + buildGraph',
    fn: () => buildGraph(editFile(design, FILE, [edit])),
    perRound: light,
    goal: EDIT_GOAL,
  },
  {
    name: 'setBackendWeight: applyCommand + buildGraph',
    fn: () => {
      const result = applyCommand(design, weightCommand);
      return [findFile(result.design, FILE)?.text, buildGraph(result.design)];
    },
    perRound: light,
    goal: EDIT_GOAL,
  },
  {
    name: 'analyzeDesign, whole design (full)',
    fn: () => analyzeDesign(nextFresh()),
    perRound: heavy,
  },
  {
    name: 'edit in one route: analyzeDesign (incremental)',
    fn: () => analyzeDesign(nextTyped()),
    perRound: light,
  },
];
const timings = measureRounds(cases, { warmupRounds, rounds });
const baseline = timings[0]!;

const lines = text.split('\n').length;
console.log(
  `Large design: ${lines.toLocaleString('en')} lines, ${(text.length / 1e6).toFixed(2)} MB, ` +
    `${design.resources.length.toLocaleString('en')} resources; graph ` +
    `${graph.nodes.length.toLocaleString('en')} nodes, ${graph.edges.length.toLocaleString('en')} edges.`,
);
console.log(
  `Edited: ${route.resource.kind} ${route.resource.namespace}/${route.resource.name}, rule ${route.rule}.\n`,
);

const ratio = (base: number, value: number) => {
  const r = base / value;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`;
};
let missed = false;
const rows = cases.map(({ name, goal }, i) => {
  const timing = timings[i]!;
  // The goal is judged on CPU time: on a shared machine wall time mostly measures the neighbours.
  const met = goal === undefined || baseline.cpuMedian / timing.cpuMedian >= goal;
  missed ||= !met;
  return [
    name,
    ms(timing.median),
    ms(timing.min),
    ms(timing.cpuMedian),
    String(timing.runs),
    ratio(baseline.median, timing.median),
    ratio(baseline.cpuMedian, timing.cpuMedian),
    goal === undefined ? '' : `≥ ${goal}× ${met ? 'met' : 'MISSED'}`,
  ];
});
console.log(
  formatTable(
    [
      'operation',
      'wall median',
      'wall min',
      'cpu median',
      'runs',
      'speedup wall',
      'speedup cpu',
      'goal (cpu)',
    ],
    rows,
  ),
);
console.log(
  '\nspeedup = baseline median ÷ this median (baseline: yaml parseAllDocuments of the whole text).',
);
if (missed) {
  console.log(
    'A goal was missed: profile with `node --cpu-prof --import tsx bench/core.bench.ts`.',
  );
}
