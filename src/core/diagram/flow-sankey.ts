/**
 * A Sankey layout of a host's flows (`simulate/flows.ts`): entry points, routes, rules, subsets
 * and Services (or 404/500/redirect answers) in columns left to right, node heights and link
 * widths in proportion to the traffic they carry. Written here rather than taken from d3-sankey:
 * the flows are a small DAG whose columns are known (depth from the entry, answers last), the
 * labels must follow our fonts and truncation (`svg-text.ts`), and d3-sankey (unreleased since
 * 2019) would bring d3-array and d3-shape for what is a hundred lines.
 */
import type { FlowLink, FlowNode, Flows } from '../simulate/flows.ts';
import { formatShare } from '../traffic/split.ts';
import { fitText } from './svg-text.ts';

export interface SankeyNode {
  node: FlowNode;
  x: number;
  y: number;
  height: number;
  /** Name lines beside the bar: `HTTPRoute` over `shop/checkout`; truncated to fit. */
  lines: string[];
  /** Share of the host's requests reaching it (Services, subsets and answers). */
  share?: string;
  /** What the requests of a conditional rule need (`header x-canary = "true"`). */
  condition?: string;
}

export interface SankeyLink {
  link: FlowLink;
  /** The band's centre line (drawn with `stroke-width = width`). */
  path: string;
  width: number;
  /** `90%` where the traffic splits (into backends and answers, and mirrors). */
  label?: string;
  labelX: number;
  labelY: number;
}

export interface SankeyLayout {
  width: number;
  height: number;
  nodes: SankeyNode[];
  links: SankeyLink[];
  /** How many entry points carry the host's default requests (each an equal part). */
  entries: number;
}

export const SANKEY = {
  bar: 10,
  nodeGap: 14,
  margin: 8,
  fontPx: 11,
  lineHeight: 13,
  /** Room right of the last column for the answers' names. */
  lastLabelWidth: 170,
  /** Room at a link's end for its percentage. */
  linkLabelWidth: 44,
} as const;

const SINKS = new Set(['service', 'response']);
/** Where traffic splits: the links leaving these are labelled with their share. */
const splitKinds = new Set(['rule', 'entry']);

/** Columns by longest path from the entry points; Services and answers all in the last one. */
function columnsOf(nodes: readonly FlowNode[], links: readonly FlowLink[]): Map<string, number> {
  const depth = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  // The flows are acyclic and at most a handful of columns deep: relax until nothing changes.
  for (let changed = true, round = 0; changed && round < nodes.length; round++) {
    changed = false;
    for (const l of links) {
      const next = depth.get(l.source)! + 1;
      if (next > depth.get(l.target)!) {
        depth.set(l.target, next);
        changed = true;
      }
    }
  }
  const last = Math.max(0, ...depth.values());
  for (const n of nodes) if (SINKS.has(n.kind)) depth.set(n.id, last);
  return depth;
}

/** `HTTPRoute shop/checkout` → `HTTPRoute`, `shop/checkout` (split at the first space). */
function nameLines(label: string): string[] {
  const space = label.indexOf(' ');
  return space < 0 ? [label] : [label.slice(0, space), label.slice(space + 1)];
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Lays out `flows` in a `width` × `height` box (the host node itself is not drawn). */
export function layoutSankey(flows: Flows, width: number, height: number): SankeyLayout {
  const hostIds = new Set(flows.nodes.filter((n) => n.kind === 'host').map((n) => n.id));
  const entries = flows.links.filter((l) => hostIds.has(l.source)).length || 1;
  const nodes = flows.nodes.filter((n) => !hostIds.has(n.id));
  const links = flows.links.filter((l) => !hostIds.has(l.source));
  const column = columnsOf(nodes, links);
  const columnCount = Math.max(0, ...column.values()) + 1;

  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const l of links) {
    outflow.set(l.source, (outflow.get(l.source) ?? 0) + l.value);
    inflow.set(l.target, (inflow.get(l.target) ?? 0) + l.value);
  }
  const valueOf = (id: string) => Math.max(inflow.get(id) ?? 0, outflow.get(id) ?? 0);

  const columns: FlowNode[][] = Array.from({ length: columnCount }, () => []);
  for (const n of nodes) columns[column.get(n.id)!]!.push(n);
  const usable = height - 2 * SANKEY.margin;
  const scale = Math.min(
    ...columns.map(
      (c) => (usable - (c.length - 1) * SANKEY.nodeGap) / (sum(c.map((n) => valueOf(n.id))) || 1),
    ),
  );
  const step =
    columnCount > 1
      ? (width - 2 * SANKEY.margin - SANKEY.bar - SANKEY.lastLabelWidth) / (columnCount - 1)
      : 0;

  // Order each column by where its traffic comes from (barycentre of the sources), then stack.
  const centre = new Map<string, number>();
  const placed = new Map<string, SankeyNode>();
  const condition = new Map(
    flows.classes.filter((c) => c.conditional).map((c) => [`rule:${c.rule}`, c.condition]),
  );
  // What the percentages count: default requests over the entry points; a conditional class's
  // own requests (one unit per entry point that sends it) for its links.
  const defaultInflow = new Map<string, number>();
  const conditionalInflow = new Map<string, number>();
  const incomingCount = new Map<string, number>();
  for (const l of links) {
    incomingCount.set(l.target, (incomingCount.get(l.target) ?? 0) + 1);
    if (l.mirror) continue;
    const into = l.conditional ? conditionalInflow : defaultInflow;
    into.set(l.target, (into.get(l.target) ?? 0) + l.value);
  }
  // Columns whose incoming links carry a percentage: the names left of them get less room.
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const labelledColumns = new Set(
    links
      .filter((l) => l.mirror || splitKinds.has(kindOf.get(l.source)!))
      .map((l) => column.get(l.target)!),
  );
  columns.forEach((members, c) => {
    const weightOf = (n: FlowNode) => {
      const incoming = links.filter((l) => l.target === n.id && centre.has(l.source));
      const total = sum(incoming.map((l) => l.value));
      return total > 0 ? sum(incoming.map((l) => centre.get(l.source)! * l.value)) / total : 0;
    };
    const ordered = c === 0 ? members : [...members].sort((a, b) => weightOf(a) - weightOf(b));
    const heights = ordered.map((n) => Math.max(2, valueOf(n.id) * scale));
    const total = sum(heights) + (ordered.length - 1) * SANKEY.nodeGap;
    let y = SANKEY.margin + Math.max(0, (usable - total) / 2);
    const x = SANKEY.margin + c * step;
    const room =
      (c === columnCount - 1
        ? SANKEY.lastLabelWidth
        : step - (labelledColumns.has(c + 1) ? SANKEY.linkLabelWidth : 0)) -
      SANKEY.bar -
      6;
    ordered.forEach((n, i) => {
      const h = heights[i]!;
      centre.set(n.id, y + h / 2);
      const share =
        n.kind === 'service' || n.kind === 'subset' || n.kind === 'response'
          ? defaultInflow.get(n.id)
          : undefined;
      const cond = n.kind === 'rule' ? condition.get(n.id) : undefined;
      placed.set(n.id, {
        node: n,
        x,
        y,
        height: h,
        lines: nameLines(n.label).map((line) => fitText(line, room, SANKEY.fontPx, 'sans')),
        ...(share ? { share: formatShare(share / entries) } : {}),
        ...(cond ? { condition: fitText(`if ${cond}`, room, SANKEY.fontPx - 1, 'sans') } : {}),
      });
      y += h + SANKEY.nodeGap;
    });
  });

  // Bands leave a node in the order of their targets and arrive in the order of their sources.
  const outOffset = new Map<string, number>();
  const inOffset = new Map<string, number>();
  const yOf = (id: string) => placed.get(id)!.y;
  const sorted = [...links].sort(
    (a, b) => yOf(a.source) - yOf(b.source) || yOf(a.target) - yOf(b.target),
  );
  const arrival = new Map<FlowLink, number>();
  for (const l of [...links].sort(
    (a, b) => yOf(a.target) - yOf(b.target) || yOf(a.source) - yOf(b.source),
  )) {
    const w = l.value * scale;
    const at = inOffset.get(l.target) ?? 0;
    arrival.set(l, yOf(l.target) + at + w / 2);
    inOffset.set(l.target, at + w);
  }
  const out: SankeyLink[] = sorted.map((l) => {
    const w = Math.max(1, l.value * scale);
    const source = placed.get(l.source)!;
    const target = placed.get(l.target)!;
    const at = outOffset.get(l.source) ?? 0;
    outOffset.set(l.source, at + l.value * scale);
    const y0 = source.y + at + (l.value * scale) / 2;
    const y1 = arrival.get(l)!;
    const x0 = source.x + SANKEY.bar;
    const x1 = target.x;
    const mid = (x0 + x1) / 2;
    // Split points are labelled; a link into a node that shows its share needs no label of its
    // own unless the node takes traffic from several links.
    const splits = splitKinds.has(source.node.kind) || l.mirror;
    const said = target.share !== undefined && (incomingCount.get(l.target) ?? 0) < 2;
    const share = l.conditional
      ? l.value / (conditionalInflow.get(l.source) || 1)
      : l.value / entries;
    const label =
      splits && target.node.kind !== 'route' && (l.mirror || !said)
        ? `${l.mirror ? 'mirror ' : ''}${formatShare(share)}`
        : undefined;
    return {
      link: l,
      path: `M${x0},${y0} C${mid},${y0} ${mid},${y1} ${x1},${y1}`,
      width: w,
      ...(label ? { label } : {}),
      labelX: x1 - 4,
      labelY: y1,
    };
  });
  spreadLabels(out);
  return { width, height, nodes: [...placed.values()], links: out, entries };
}

/** Labels that end at the same x are moved apart so none covers another. */
function spreadLabels(links: SankeyLink[]): void {
  const byX = new Map<number, SankeyLink[]>();
  for (const l of links) if (l.label) byX.set(l.labelX, [...(byX.get(l.labelX) ?? []), l]);
  for (const group of byX.values()) {
    group.sort((a, b) => a.labelY - b.labelY);
    for (let i = 1; i < group.length; i++)
      group[i]!.labelY = Math.max(group[i]!.labelY, group[i - 1]!.labelY + SANKEY.lineHeight);
  }
}
