import type { NodePosition } from '../document/document.ts';
import type { Design } from '../design/design.ts';
import type { Graph } from '../graph/types.ts';
import { namespaceFrames, type NamespaceFrame } from '../layout/frames.ts';
import { FRAME_LABEL_HEIGHT, handleOffset, TEXT_FONT_PX } from '../layout/geometry.ts';
import { layoutStructureOf, type NodeBox } from '../layout/layout.ts';
import { layoutStructure, type LayoutStructure } from '../layout/structure.ts';
import { drawnEdges } from './drawn-edges.ts';
import { weightLabels, type EdgeLabel } from './edge-labels.ts';
import { iconOf } from './icons.ts';
import { hslHex, namespaceHue } from './namespace-color.ts';
import { nodeTextOf } from './node-text.ts';
import { iconSvg, nodeSvg, PALETTE } from './svg-node.ts';
import { escapeXml, textWidth } from './svg-text.ts';

/** What a diagram is drawn from: the design and its graph, as the canvas shows them. */
export interface DiagramInput {
  design: Design;
  graph: Graph;
  /** Manual positions by box id (the canvas' moves); the layout places the rest. */
  positions?: Readonly<Record<string, NodePosition>>;
  /** Supporting objects shown as nodes instead of chips. */
  expanded?: ReadonlySet<string>;
}

const MARGIN = 16;

/**
 * The design as a standalone SVG document, drawn as the canvas draws it: the same layout (manual
 * positions where the design has them), namespace frames, nodes with their rows and chips, and
 * edges with their weight labels. All text is real `<text>` (selectable, searchable, sharp at any
 * zoom); names are escaped, so any design gives well-formed XML. One `<g class="node">` per box.
 */
export function renderDiagramSvg(input: DiagramInput): string {
  const { design, graph, positions = {} } = input;
  const structure = layoutStructure(graph, undefined, { expanded: input.expanded });
  const layout = layoutStructureOf(structure);
  const at = (id: string): NodeBox | undefined => {
    const box = layout.boxes.get(id);
    const manual = positions[id];
    return box && manual ? { ...box, x: manual.x, y: manual.y } : box;
  };
  const frames = namespaceFrames(
    layout.runs,
    layout.boxes,
    at,
    structure.supporting.namespaceObjects,
  );
  const framed = new Set(frames.flatMap((f) => f.members));
  const bounds = boundsOf([...structure.boxes.map((b) => at(b.id)!), ...frames]);
  const width = Math.ceil(bounds.width + 2 * MARGIN);
  const height = Math.ceil(bounds.height + 2 * MARGIN);
  const dx = MARGIN - bounds.x;
  const dy = MARGIN - bounds.y;
  const nodes = structure.boxes.map((box, b) =>
    nodeSvg(
      box.id,
      iconOf(box),
      nodeTextOf(graph, structure, b, design.byKey.get(box.id)),
      at(box.id)!,
      !framed.has(box.id),
    ),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, DejaVu Sans, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="${PALETTE.background}"/>`,
    `<g transform="translate(${dx} ${dy})">`,
    `<g class="frames">${frames.map(frameSvg).join('')}</g>`,
    `<g class="edges">${edgesSvg(graph, structure, at)}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    '</g></svg>',
  ].join('\n');
}

function boundsOf(rects: readonly NodeBox[]): NodeBox {
  if (!rects.length) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

function frameSvg(frame: NamespaceFrame): string {
  const hue = namespaceHue(frame.namespace);
  const { x, y, width, height } = frame;
  return (
    `<g class="frame" data-namespace="${escapeXml(frame.namespace)}">` +
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="10" fill="${hslHex(hue, 60, 50)}" fill-opacity="0.06" stroke="${hslHex(hue, 40, 55)}" stroke-opacity="0.55"/>` +
    `<rect x="${x + 8}" y="${y + 6}" width="8" height="8" rx="2" fill="${hslHex(hue, 60, 48)}"/>` +
    `<text x="${x + 20}" y="${y + FRAME_LABEL_HEIGHT / 2 + 5}" font-size="${TEXT_FONT_PX}" font-weight="600" fill="${PALETTE.text}">${escapeXml(frame.namespace)}</text>` +
    (frame.object && !frame.object.startsWith('missing:')
      ? iconSvg(
          'namespace',
          x + 24 + textWidth(frame.namespace, TEXT_FONT_PX, 'bold'),
          y + 4,
          12,
          PALETTE.muted,
        )
      : '') +
    '</g>'
  );
}

/**
 * A share label, the weight it comes from in smaller text under it, ending just before the
 * edge's end at (`right`, `y`), as the canvas draws it.
 */
function edgeLabelSvg(label: EdgeLabel, right: number, y: number, mirror: boolean): string {
  const detailPx = TEXT_FONT_PX - 2;
  const w =
    Math.max(
      textWidth(label.text, TEXT_FONT_PX, 'bold'),
      label.detail ? textWidth(label.detail, detailPx, 'sans') : 0,
    ) + 10;
  const h = label.detail ? 30 : 18;
  const top = y - h / 2;
  const x = right - w / 2;
  const dash = mirror ? ' stroke-dasharray="3 2"' : '';
  return (
    `<g class="edge-label"><rect x="${x - w / 2}" y="${top}" width="${w}" height="${h}" rx="8" fill="${PALETTE.background}" stroke="${PALETTE.border}"${dash}/>` +
    `<text x="${x}" y="${top + 13}" font-size="${TEXT_FONT_PX}" font-weight="600" text-anchor="middle" fill="${PALETTE.text}">${escapeXml(label.text)}</text>` +
    (label.detail
      ? `<text x="${x}" y="${top + 25}" font-size="${detailPx}" text-anchor="middle" fill="${PALETTE.muted}">${escapeXml(label.detail)}</text>`
      : '') +
    '</g>'
  );
}

function edgesSvg(
  graph: Graph,
  structure: LayoutStructure,
  at: (id: string) => NodeBox | undefined,
): string {
  const labels = weightLabels(graph);
  const handleY = (part: string) => {
    const anchor = structure.anchors.get(part)!;
    return (
      at(structure.boxes[anchor.box]!.id)!.y + 1 + handleOffset(structure, anchor.box, anchor.row)
    );
  };
  const out: string[] = [];
  for (const drawn of drawnEdges(graph, structure, (box) => at(box)?.x ?? 0)) {
    const source = at(drawn.source)!;
    const target = at(drawn.target)!;
    const sx = source.x + source.width;
    const sy = handleY(drawn.sourcePart);
    const tx = target.x;
    const ty = handleY(drawn.targetPart);
    // React Flow's bezier between a right and a left handle.
    const offset = tx >= sx ? 0.5 * (tx - sx) : 0.25 * 25 * Math.sqrt(sx - tx);
    const type = drawn.edge.type;
    const weighted = type === 'backend' || type === 'destination';
    const stroke = weighted ? PALETTE.accent : PALETTE.muted;
    const dash = drawn.edge.to.startsWith('missing:')
      ? ' stroke-dasharray="2 4"'
      : type === 'mirror'
        ? ' stroke-dasharray="6 4"'
        : '';
    out.push(
      `<path class="edge" data-type="${type}" d="M${sx},${sy} C${sx + offset},${sy} ${tx - offset},${ty} ${tx},${ty}" fill="none" stroke="${stroke}" stroke-width="1.5"${dash}/>`,
    );
    const label = labels.get(drawn.edge.id);
    if (label) out.push(edgeLabelSvg(label, tx - 4, ty, type === 'mirror'));
  }
  return out.join('');
}
