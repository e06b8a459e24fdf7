/**
 * Layout bench: for every corpus example directory (as one design) and for the large generated
 * design, our layout's time and edge crossings beside elkjs `layered` on the same boxes, sizes
 * and handle ports. Run: `npx tsx bench/layout.bench.ts [--skip-elk-large]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode, ElkExtendedEdge } from 'elkjs/lib/elk-api.js';
import { createDesign, type SourceFile } from '../src/core/design/design.ts';
import { generateLargeDesign } from '../src/core/examples/large.ts';
import { buildGraph } from '../src/core/graph/build.ts';
import type { Graph } from '../src/core/graph/types.ts';
import { assignColumns } from '../src/core/layout/columns.ts';
import { countCrossings } from '../src/core/layout/crossings.ts';
import { boxSize, COLUMN_GAP, NODE_GAP } from '../src/core/layout/geometry.ts';
import { anchorOffset, layoutGraph, type NodeBox } from '../src/core/layout/layout.ts';
import { layoutStructure, type Anchor } from '../src/core/layout/structure.ts';

const corpusRoot = path.resolve(process.cwd(), '../shared/corpus/gateway-api/examples');
const skipElkLarge = process.argv.includes('--skip-elk-large');

/** Every directory holding YAML files directly, as one design. */
function corpusDesigns(dir: string): { name: string; files: SourceFile[] }[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const files = entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => ({ name: e.name, text: readFileSync(path.join(dir, e.name), 'utf8') }));
  const own = files.length ? [{ name: path.relative(corpusRoot, dir) || '.', files }] : [];
  return [
    ...own,
    ...entries.filter((e) => e.isDirectory()).flatMap((e) => corpusDesigns(path.join(dir, e.name))),
  ];
}

/** Runs elkjs `layered` on our boxes: same sizes, a fixed port per handle, edges flowing right. */
async function elkLayout(graph: Graph): Promise<Map<string, NodeBox>> {
  const structure = layoutStructure(graph);
  const columns = assignColumns(structure);
  const portId = (anchor: Anchor, side: 'in' | 'out') => `${anchor.box}:${anchor.row}:${side}`;
  const ports = structure.boxes.map(
    () => new Map<string, { x: number; y: number; side: string }>(),
  );
  const edges: ElkExtendedEdge[] = [];
  structure.links.forEach((link, i) => {
    // Same direction as our drawing: from the lower column to the higher one.
    const forward = columns[link.from.box]! <= columns[link.to.box]!;
    const [lo, hi] = forward ? [link.from, link.to] : [link.to, link.from];
    const size = (b: number) => boxSize(structure, b);
    ports[lo.box]!.set(portId(lo, 'out'), {
      x: size(lo.box).width,
      y: anchorOffset(structure, lo),
      side: 'EAST',
    });
    ports[hi.box]!.set(portId(hi, 'in'), { x: 0, y: anchorOffset(structure, hi), side: 'WEST' });
    edges.push({ id: `e${i}`, sources: [portId(lo, 'out')], targets: [portId(hi, 'in')] });
  });
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(COLUMN_GAP),
      'elk.spacing.nodeNode': String(NODE_GAP),
    },
    children: structure.boxes.map((box, b) => ({
      id: String(b),
      ...boxSize(structure, b),
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
      ports: [...ports[b]!].map(([id, p]) => ({
        id,
        x: p.x,
        y: p.y,
        width: 0,
        height: 0,
        layoutOptions: { 'elk.port.side': p.side },
      })),
    })),
    edges,
  };
  const result = await new ELK().layout(root);
  const layout = new Map<string, NodeBox>();
  for (const child of result.children ?? []) {
    const box = structure.boxes[Number(child.id)]!;
    layout.set(box.id, {
      x: child.x ?? 0,
      y: child.y ?? 0,
      width: child.width ?? 0,
      height: child.height ?? 0,
    });
  }
  return layout;
}

function timeOurs(graph: Graph, runs: number): { ms: number; layout: Map<string, NodeBox> } {
  let layout = layoutGraph(graph); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    layout = layoutGraph(graph);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, layout };
}

interface Row {
  design: string;
  nodes: number;
  edges: number;
  oursMs: string;
  oursCrossings: number;
  elkMs: string;
  elkCrossings: number | string;
}

async function measure(name: string, graph: Graph, runs: number, withElk: boolean): Promise<Row> {
  const ours = timeOurs(graph, runs);
  let elkMs = '-';
  let elkCrossings: number | string = '-';
  if (withElk) {
    const start = performance.now();
    const elk = await elkLayout(graph);
    elkMs = (performance.now() - start).toFixed(1);
    elkCrossings = countCrossings(graph, elk);
  }
  return {
    design: name,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    oursMs: ours.ms.toFixed(2),
    oursCrossings: countCrossings(graph, ours.layout),
    elkMs,
    elkCrossings,
  };
}

const rows: Row[] = [];
for (const { name, files } of corpusDesigns(corpusRoot)) {
  rows.push(await measure(name, buildGraph(createDesign(files)), 20, true));
}
const large = createDesign([
  { name: 'large.yaml', text: generateLargeDesign({ routes: 1000, gateways: 4 }) },
]);
rows.push(await measure('large (1,000 routes)', buildGraph(large), 5, !skipElkLarge));
console.table(rows);
const corpus = rows.slice(0, -1);
const worse = corpus.filter(
  (r) => typeof r.elkCrossings === 'number' && r.oursCrossings > r.elkCrossings,
);
console.log(
  `corpus: ${corpus.reduce((s, r) => s + r.oursCrossings, 0)} crossings (ours) vs ` +
    `${corpus.reduce((s, r) => s + (typeof r.elkCrossings === 'number' ? r.elkCrossings : 0), 0)} (elk); ` +
    `designs where ours has more: ${worse.map((r) => r.design).join(', ') || 'none'}`,
);
