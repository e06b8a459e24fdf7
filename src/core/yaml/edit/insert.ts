import { isMap, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TextEdit } from '../../design/design-file.ts';
import type { FieldPath } from '../../diagnostics.ts';
import {
  columnAt,
  contentEnd,
  dashOf,
  isMultiLine,
  pairEnd,
  rangeOf,
  type EditContext,
} from './context.ts';
import { EditError } from './errors.ts';
import { keyText, walk, type Step } from './path.ts';
import { renderInline, renderItem, renderKey, renderPair } from './render.ts';
import { replaceStep } from './replace.ts';
import { setValue } from './set.ts';
import { indentLines, lineEnd, lineStart, startsLine, withLeadingComments } from './text.ts';
import type { YamlValue } from './value.ts';

/** Inserts whole lines at a line start, adding the newline a last line may lack. */
function insertLines(ctx: EditContext, at: number, lines: string): TextEdit {
  const needsNewline = at === ctx.text.length && at > 0 && !ctx.text.endsWith('\n');
  return { start: at, end: at, text: (needsNewline ? '\n' : '') + lines + '\n' };
}

/** Text inserted into a flow collection after (or before) an item, in that collection's layout. */
function flowSeparator(ctx: EditContext, node: YAMLMap | YAMLSeq, column: number): string {
  return isMultiLine(ctx, node) ? `,\n${' '.repeat(column)}` : ', ';
}

/**
 * Where a new key goes in a mapping: after the pair with that key (a string), or before it
 * (`{ before }`). An anchor that is not written, or (for `before`) that does not start its own
 * line, leaves the key last.
 */
export type KeyPlacement = string | { before: string };

/**
 * Adds `key: value` to a mapping: at `placement` when the mapping is written in block style
 * (metadata.namespace goes after metadata.name, spec.hostnames before spec.rules), else as the
 * last pair.
 */
export function insertPair(
  ctx: EditContext,
  map: YAMLMap,
  key: string,
  value: YamlValue,
  placement?: KeyPlacement,
): TextEdit[] {
  const anchorKey = typeof placement === 'object' ? placement.before : placement;
  const anchor =
    anchorKey === undefined ? undefined : map.items.find((p) => keyText(p) === anchorKey);
  if (!map.flow) {
    const lastPair = map.items[map.items.length - 1] as Pair | undefined;
    if (!lastPair)
      throw new EditError('edit-unsupported', 'An empty block mapping cannot be extended.');
    const column = columnAt(ctx, rangeOf(map.items[0]!.key as Node)[0]);
    const lines = indentLines(renderPair(key, value, ctx.style), column);
    if (anchor && typeof placement === 'object') {
      const keyStart = rangeOf(anchor.key as Node)[0];
      // A first key sharing its line with `- ` cannot be preceded without rewriting the item.
      if (startsLine(ctx.text, keyStart)) {
        const at = withLeadingComments(ctx.text, lineStart(ctx.text, keyStart), column);
        return [insertLines(ctx, at, lines)];
      }
    }
    const after = anchor && typeof placement !== 'object' ? anchor : lastPair;
    return [insertLines(ctx, lineEnd(ctx.text, pairEnd(ctx, after)), lines)];
  }
  const mode = ctx.json ? 'json' : 'flow';
  const text = `${renderKey(key, mode)}: ${renderInline(value, mode)}`;
  if (map.items.length === 0)
    return [{ start: rangeOf(map)[0] + 1, end: rangeOf(map)[0] + 1, text }];
  const final = map.items[map.items.length - 1]!;
  const end = pairEnd(ctx, final);
  const column = columnAt(ctx, rangeOf(final.key as Node)[0]);
  return [{ start: end, end, text: flowSeparator(ctx, map, column) + text }];
}

/** Inserts an item into a sequence, before `index` or at the end. */
export function insertItem(
  ctx: EditContext,
  seq: YAMLSeq,
  value: YamlValue,
  index?: number,
): TextEdit[] {
  const items = seq.items as Node[];
  const before = index !== undefined && index < items.length ? items[index] : undefined;
  if (!seq.flow) {
    if (items.length === 0) throw new EditError('edit-unsupported', 'Empty block sequence.');
    const column = columnAt(ctx, dashOf(ctx, items[0]!));
    const lines = indentLines(renderItem(value, ctx.style), column);
    if (before) {
      const at = withLeadingComments(ctx.text, lineStart(ctx.text, dashOf(ctx, before)), column);
      return [insertLines(ctx, at, lines)];
    }
    const at = lineEnd(ctx.text, contentEnd(ctx, items[items.length - 1]!));
    return [insertLines(ctx, at, lines)];
  }
  const text = renderInline(value, ctx.json ? 'json' : 'flow');
  if (items.length === 0) return [{ start: rangeOf(seq)[0] + 1, end: rangeOf(seq)[0] + 1, text }];
  const column = columnAt(ctx, rangeOf(items[0]!)[0]);
  if (before) {
    const at = rangeOf(before)[0];
    const separator = isMultiLine(ctx, seq) ? `,\n${' '.repeat(column)}` : ', ';
    return [{ start: at, end: at, text: text + separator }];
  }
  const at = rangeOf(items[items.length - 1]!)[1];
  return [{ start: at, end: at, text: flowSeparator(ctx, seq, column) + text }];
}

/** An empty `[]` or `{}` in block context, which a block rendering may replace. */
export function isEmptyFlow(ctx: EditContext, step: Step): boolean {
  const node = step.node;
  return (
    !ctx.json &&
    (isSeq(node) || isMap(node)) &&
    node.flow === true &&
    node.items.length === 0 &&
    step.parent?.flow !== true
  );
}

/**
 * Adds an item to the sequence at `path`, creating the sequence when it is not written. An empty
 * `[]` in block context is replaced by a block sequence, as a person would write it.
 */
export function addItem(
  ctx: EditContext,
  root: Node,
  path: FieldPath,
  value: YamlValue,
  index?: number,
  /** Where the list's key goes when the list is not written yet. */
  placement?: KeyPlacement,
): TextEdit[] {
  const { steps, rest } = walk(root, path);
  if (rest.length > 0) return setValue(ctx, root, path, [value], placement);
  const step = steps[steps.length - 1]!;
  if (!isSeq(step.node)) {
    throw new EditError('edit-invalid', `The field ${path.join('.')} is not a list.`);
  }
  if (index !== undefined && (index < 0 || index > step.node.items.length)) {
    throw new EditError('edit-target-missing', `The list has no position ${index}.`);
  }
  if (isEmptyFlow(ctx, step)) return replaceStep(ctx, step, [value]);
  return insertItem(ctx, step.node, value, index);
}
