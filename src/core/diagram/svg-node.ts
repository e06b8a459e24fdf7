import {
  CHIP_LINE_HEIGHT,
  DETAIL_LINE_HEIGHT,
  HEADER_HEIGHT,
  NAME_FONT_PX,
  TEXT_FONT_PX,
} from '../layout/geometry.ts';
import type { NodeBox } from '../layout/layout.ts';
import { ICONS, iconOfKind, type IconName } from './icons.ts';
import type { ChipText, NodeText } from './node-text.ts';
import { escapeXml, fitText, textWidth } from './svg-text.ts';

/** Light-theme colours of the canvas (src/ui/theme.css), so the diagram reads the same. */
export const PALETTE = {
  background: '#ffffff',
  panel: '#f6f7f9',
  text: '#1d2330',
  muted: '#687084',
  border: '#d9dde5',
  nodeBorder: '#8d95a5',
  accent: '#3b6fd8',
} as const;

const PAD_X = 10;
const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, DejaVu Sans Mono, monospace';

/** A 24×24 icon path scaled to `size` px at (x, y), stroked in `color`. */
export function iconSvg(name: IconName, x: number, y: number, size: number, color: string): string {
  const scale = size / 24;
  return (
    `<path d="${ICONS[name]}" transform="translate(${x} ${y}) scale(${scale})" fill="none" ` +
    `stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`
  );
}

function text(
  x: number,
  y: number,
  content: string,
  options: { size?: number; weight?: number; color?: string; mono?: boolean } = {},
): string {
  const { size = TEXT_FONT_PX, weight, color = PALETTE.text, mono } = options;
  const attrs = [
    `x="${x}"`,
    `y="${y}"`,
    `font-size="${size}"`,
    weight ? `font-weight="${weight}"` : '',
    mono ? `font-family="${MONO}"` : '',
    `fill="${color}"`,
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

function chipsSvg(chips: readonly ChipText[], x: number, y: number, width: number): string {
  let left = x;
  const out: string[] = [];
  chips.forEach((chip, i) => {
    const room = x + width - left;
    if (room < 40) return;
    // An earlier chip leaves the later ones room, as the canvas' flex row does.
    const share = i + 1 < chips.length ? Math.min(room, width * 0.6) : room;
    const label = fitText(chip.label, share - 28, TEXT_FONT_PX, 'sans');
    const chipWidth = 30 + textWidth(label, TEXT_FONT_PX, 'sans');
    const dash = chip.missing ? ' stroke-dasharray="3 2"' : '';
    out.push(
      `<g class="chip" data-id="${escapeXml(chip.id)}"><title>${escapeXml(chip.title)}</title>`,
      `<rect x="${left}" y="${y}" width="${chipWidth}" height="18" rx="9" fill="${PALETTE.panel}" stroke="${PALETTE.border}"${dash}/>`,
      iconSvg(
        chip.missing ? 'missing' : iconOfKind('', chip.kind),
        left + 6,
        y + 3,
        12,
        PALETTE.text,
      ),
      text(left + 22, y + 13, label),
      '</g>',
    );
    left += chipWidth + 4;
  });
  return out.join('');
}

/**
 * One node as an SVG group: the same header (icon, kind, namespace when unframed, name),
 * detail line, chips and rows as the canvas draws, at the same heights.
 */
export function nodeSvg(
  id: string,
  icon: IconName,
  node: NodeText,
  box: NodeBox,
  showNamespace: boolean,
): string {
  const { x, y, width, height } = box;
  const inner = width - 2 * PAD_X;
  const out: string[] = [
    `<g class="node" data-id="${escapeXml(id)}">`,
    `<title>${escapeXml(`${node.kindLabel} ${node.namespace ? `${node.namespace}/` : ''}${node.name}`)}</title>`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="6" fill="${node.ghost ? PALETTE.panel : PALETTE.background}" stroke="${PALETTE.nodeBorder}"${node.ghost ? ' stroke-dasharray="4 3"' : ''}/>`,
    iconSvg(icon, x + PAD_X, y + 5, 14, PALETTE.muted),
  ];
  const kind = showNamespace
    ? `${node.kindLabel} · ${node.namespace ?? 'cluster-scoped'}`
    : node.kindLabel;
  out.push(
    text(x + PAD_X + 18, y + 17, fitText(kind, inner - 18, TEXT_FONT_PX, 'sans'), {
      color: PALETTE.muted,
    }),
  );
  out.push(
    text(x + PAD_X, y + 36, fitText(node.name, inner, NAME_FONT_PX, 'bold'), {
      size: NAME_FONT_PX,
      weight: 600,
    }),
  );
  let top = y + HEADER_HEIGHT;
  if (node.detail !== undefined) {
    out.push(
      text(x + PAD_X, top + 9, fitText(node.detail, inner, TEXT_FONT_PX, 'mono'), {
        color: PALETTE.muted,
        mono: true,
      }),
    );
    top += DETAIL_LINE_HEIGHT;
  }
  if (node.chips.length) {
    out.push(chipsSvg(node.chips, x + PAD_X, top + 1, inner));
    top += CHIP_LINE_HEIGHT;
  }
  for (const row of node.rows) {
    const dash = row.ghost ? ' stroke-dasharray="4 3"' : '';
    out.push(
      `<line x1="${x}" y1="${top}" x2="${x + width}" y2="${top}" stroke="${PALETTE.border}"${dash}/>`,
    );
    const labelWidth = textWidth(row.label, TEXT_FONT_PX, 'bold') + 6;
    out.push(text(x + PAD_X, top + 16, row.label, { weight: 600 }));
    out.push(
      text(
        x + PAD_X + labelWidth,
        top + 16,
        fitText(row.line1, inner - labelWidth, TEXT_FONT_PX, 'mono'),
        { mono: true, color: row.ghost ? PALETTE.muted : PALETTE.text },
      ),
    );
    let line = top + 16;
    if (row.line2 !== undefined) {
      line += 16;
      out.push(
        text(x + PAD_X, line, fitText(row.line2, inner, TEXT_FONT_PX, 'mono'), {
          mono: true,
          color: PALETTE.muted,
        }),
      );
    }
    if (row.chips.length) out.push(chipsSvg(row.chips, x + PAD_X, line + 3, inner));
    top += row.height;
  }
  out.push('</g>');
  return out.join('');
}
