import { isMap, isScalar, Scalar, type Document, type Node, type Pair } from 'yaml';
import type { InlineMode } from './render.ts';
import type { YamlStyle } from './style.ts';
import type { Collection } from './path.ts';
import { lineStart, trimEnd } from './text.ts';

/**
 * The text being edited (one `---` segment: yaml node ranges are relative to it) and how it is
 * written. Every primitive returns edits in this text's offsets.
 */
export interface EditContext {
  text: string;
  style: YamlStyle;
  /** True when the document is JSON: everything inserted is then written as JSON. */
  json: boolean;
}

/** True when the document is written as JSON (a flow mapping with double-quoted keys). */
export function isJsonDocument(doc: Document): boolean {
  const root = doc.contents;
  if (!isMap(root) || !root.flow) return false;
  const first = root.items[0]?.key;
  return !first || (isScalar(first) && first.type === Scalar.QUOTE_DOUBLE);
}

export function rangeOf(node: Node): [number, number, number] {
  if (!node.range) throw new Error('yaml node without a source range');
  return node.range;
}

/** Where the node's written content ends (block collections' ranges include a newline). */
export function contentEnd(ctx: EditContext, node: Node): number {
  const [start, end] = rangeOf(node);
  return trimEnd(ctx.text, start, end);
}

/** Where a pair's written content ends. */
export function pairEnd(ctx: EditContext, pair: Pair): number {
  const value = pair.value as Node | null;
  return value?.range ? contentEnd(ctx, value) : rangeOf(pair.key as Node)[1];
}

/** Offset just after the `:` of a block pair. */
export function colonEnd(ctx: EditContext, pair: Pair): number {
  return ctx.text.indexOf(':', rangeOf(pair.key as Node)[1]) + 1;
}

/** Offset of the `-` introducing a block sequence item. */
export function dashOf(ctx: EditContext, item: Node): number {
  let at = rangeOf(item)[0] - 1;
  while (at > 0 && ctx.text[at] !== '-' && ctx.text[at] !== '\n') at--;
  return at;
}

/** How inline values are written inside `parent`. */
export function modeIn(ctx: EditContext, parent: Collection | undefined): InlineMode {
  if (ctx.json) return 'json';
  return parent?.flow ? 'flow' : 'block';
}

/** True when the flow collection puts its items on separate lines. */
export function isMultiLine(ctx: EditContext, node: Collection): boolean {
  const [start, end] = rangeOf(node);
  return ctx.text.slice(start, end).includes('\n');
}

/** Column the node starts at, when it starts its own line or follows `- ` / `key: `. */
export function columnAt(ctx: EditContext, offset: number): number {
  return offset - lineStart(ctx.text, offset);
}
