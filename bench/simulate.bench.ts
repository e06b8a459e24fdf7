/**
 * Simulator bench on the large generated design (1,000 HTTPRoutes over 4 Gateways): one request
 * after the design is loaded, 10,000 generated requests, and the flow view of a host after an
 * edit, each beside the naive simulator (`src/core/simulate/naive.ts`: every rule of every
 * attached route evaluated for each request, no indexes) measured in the same run.
 * Run: `npx tsx bench/simulate.bench.ts`.
 */
import { createDesign, editFile, type Design } from '../src/core/design/design.ts';
import { segmentOffset } from '../src/core/design/locate.ts';
import { generateLargeDesign } from '../src/core/examples/large.ts';
import type { SimEntry } from '../src/core/simulate/entry.ts';
import { layoutSankey } from '../src/core/diagram/flow-sankey.ts';
import { hostFlows } from '../src/core/simulate/flows.ts';
import { servedHosts } from '../src/core/simulate/served-hosts.ts';
import { naiveSimulate } from '../src/core/simulate/naive.ts';
import { buildRequest, type SimRequest } from '../src/core/simulate/request.ts';
import { simulate } from '../src/core/simulate/simulate.ts';
import { measureRounds } from './measure.ts';
import { formatTable, ms } from './table.ts';

const FILE = 'large.yaml';
const ROUTES = 1000;
const REQUESTS = 10_000;
/** The naive baseline routes this many of the requests; the speedup scales it to all of them. */
const NAIVE_SAMPLE = 1_000;

const text = generateLargeDesign({ routes: ROUTES, gateways: 4 });
const design = createDesign([{ name: FILE, text }]);

type Probe = { entry: Extract<SimEntry, { type: 'gateway' }>; request: SimRequest };

/** Requests spread over every route: its host, a mix of paths, sometimes the canary header. */
function generateRequests(count: number): Probe[] {
  const paths = [
    '/api',
    '/api/v1/items',
    '/api/v2',
    '/api/v3/x?page=2',
    '/healthz',
    '/other',
    '/apix',
  ];
  const out: Probe[] = [];
  for (let i = 0; i < count; i++) {
    const r = (i * 7919) % ROUTES;
    const scheme = r % 5 === 0 ? 'http' : 'https';
    const url = `${scheme}://app-${String(r).padStart(4, '0')}.example.com${paths[i % paths.length]}`;
    const request = buildRequest({ url, headers: i % 3 === 0 ? ['x-canary: true'] : [] });
    if ('error' in request) throw new Error(request.error);
    out.push({ entry: { type: 'gateway', namespace: 'infra', name: `gateway-${r % 4}` }, request });
  }
  return out;
}

const probes = generateRequests(REQUESTS);
const sample = probes.slice(0, NAIVE_SAMPLE);

// The naive simulator is the oracle: check once that both agree on every sampled request.
for (const { entry, request } of sample) {
  const fast = simulate(design, entry, request);
  const slow = naiveSimulate(design, entry, request);
  if (fast.route?.node !== slow.rule || (fast.route && fast.route.match !== slow.match)) {
    throw new Error(
      `The simulator and the naive baseline disagree on ${request.host}${request.path}`,
    );
  }
}

/** Designs that each change one weight of the flow host's route (an edit per flow update). */
const FLOW_HOST = 'app-0006.example.com';
function editedDesigns(count: number): Design[] {
  const route = design.byKey.get('gateway.networking.k8s.io/HTTPRoute/team-06/app-0006')!;
  const start = segmentOffset(design, route)!;
  const at = text.indexOf('weight: 95', start);
  if (at === -1) throw new Error('No weight to edit in app-0006');
  const designs: Design[] = [];
  let current = design;
  for (let i = 0; i < count; i++) {
    const weight = String(60 + (i % 30));
    current = editFile(current, FILE, [
      { start: at + 'weight: '.length, end: at + 'weight: 95'.length, text: weight.padEnd(2) },
    ]);
    designs.push(current);
  }
  return designs;
}
const edited = editedDesigns(400);
let next = 0;
/** What the flow tab does after an edit: the host list, the host's flows and their picture. */
const flowOnce = () => {
  const d = edited[next++ % edited.length]!;
  servedHosts(d);
  return layoutSankey(hostFlows(d, FLOW_HOST), 720, 300);
};
const flowRequests = hostFlows(design, FLOW_HOST).classes.length + 1;
const flowProbe = (d: Design) => {
  // The naive way to draw the same flows: route each of the flow's requests without indexes.
  for (const path of ['/', '/api', '/healthz', '/api?x=1']) {
    const request = buildRequest({
      url: `https://${FLOW_HOST}${path}`,
      headers: ['x-canary: true'],
    });
    if (!('error' in request))
      naiveSimulate(d, { type: 'gateway', namespace: 'infra', name: 'gateway-2' }, request);
  }
};

let cursor = 0;
const one = () => {
  const { entry, request } = probes[cursor++ % probes.length]!;
  return simulate(design, entry, request);
};
let naiveCursor = 0;
const naiveOne = () => {
  const { entry, request } = sample[naiveCursor++ % sample.length]!;
  return naiveSimulate(design, entry, request);
};

const cases = [
  { name: 'one request (naive baseline)', fn: naiveOne, perRound: 20 },
  { name: 'one request', fn: one, perRound: 400, goal: 1, per: 'request' },
  {
    name: `${NAIVE_SAMPLE.toLocaleString('en')} requests (naive baseline; ×${REQUESTS / NAIVE_SAMPLE} for the speedup)`,
    fn: () => sample.forEach(({ entry, request }) => naiveSimulate(design, entry, request)),
    perRound: 1,
  },
  {
    name: `${REQUESTS.toLocaleString('en')} requests`,
    fn: () => probes.forEach(({ entry, request }) => simulate(design, entry, request)),
    perRound: 1,
    goal: 2000,
  },
  {
    name: 'flow view after an edit (naive baseline: route its requests)',
    fn: () => flowProbe(edited[next++ % edited.length]!),
    perRound: 5,
  },
  { name: 'flow view after an edit', fn: flowOnce, perRound: 20, goal: 50 },
];
// Warm up: the first call builds the design's indexes ("after the design is loaded").
simulate(design, probes[0]!.entry, probes[0]!.request);
const timings = measureRounds(cases, { warmupRounds: 1, rounds: 5 });

console.log(
  `Large design: ${ROUTES.toLocaleString('en')} HTTPRoutes, ${design.resources.length.toLocaleString('en')} resources; ${REQUESTS.toLocaleString('en')} generated requests; the flow of ${FLOW_HOST} has ${flowRequests} traffic classes.\n`,
);
let missed = false;
const rows = cases.map((c, i) => {
  const t = timings[i]!;
  const met = c.goal === undefined || t.cpuMedian < c.goal;
  missed ||= !met;
  const baseline = c.goal === undefined ? undefined : timings[i - 1]!;
  const baselineScale =
    i > 0 && cases[i - 1]!.name.startsWith(`${NAIVE_SAMPLE.toLocaleString('en')} requests`)
      ? REQUESTS / NAIVE_SAMPLE
      : 1;
  const speedup = baseline
    ? `${((baseline.cpuMedian * baselineScale) / t.cpuMedian).toFixed(0)}×`
    : '';
  return [
    c.name,
    ms(t.median),
    ms(t.cpuMedian),
    String(t.runs),
    speedup,
    c.goal === undefined ? '' : `< ${c.goal} ms ${met ? 'met' : 'MISSED'}`,
  ];
});
console.log(
  formatTable(
    ['operation', 'wall median', 'cpu median', 'runs', 'speedup cpu', 'goal (cpu)'],
    rows,
  ),
);
console.log(
  '\nspeedup = the naive baseline above it ÷ this (both on CPU time, measured in this run).',
);
if (missed)
  console.log(
    'A goal was missed: profile with `node --cpu-prof --import tsx bench/simulate.bench.ts`.',
  );
