/*
 * Text for the SVG diagram. Names come from untrusted YAML: everything is escaped for XML, and
 * characters XML 1.0 forbids (control characters) become U+FFFD, so any design gives a document
 * that parses.
 */

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '\ufffd').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Average glyph advance, as a share of the font size (sans regular, sans bold, monospace). */
const ADVANCE = { sans: 0.56, bold: 0.62, mono: 0.61 } as const;
export type FontStyle = keyof typeof ADVANCE;

/** Estimated width of `text` set in `style` at `size` px (no font metrics outside a browser). */
export function textWidth(text: string, size: number, style: FontStyle): number {
  return [...text].length * size * ADVANCE[style];
}

/** `text` cut to fit `width` px, ending in an ellipsis when cut (the canvas ellipsises too). */
export function fitText(text: string, width: number, size: number, style: FontStyle): string {
  if (textWidth(text, size, style) <= width) return text;
  const chars = [...text];
  const fits = Math.max(0, Math.floor(width / (size * ADVANCE[style])) - 1);
  return `${chars.slice(0, fits).join('')}…`;
}
