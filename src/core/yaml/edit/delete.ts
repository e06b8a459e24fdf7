import { isMap, isSeq, type Node, type Pair } from 'yaml';
import type { TextEdit } from '../../design/design-file.ts';
import type { FieldPath } from '../../diagnostics.ts';
import { columnAt, contentEnd, dashOf, pairEnd, rangeOf, type EditContext } from './context.ts';
import { EditError } from './errors.ts';
import { findStep, type Step } from './path.ts';
import { replaceStep } from './replace.ts';
import { lineEnd, lineStart, startsLine, withLeadingComments } from './text.ts';

/** Start and content end of an item of a collection (a pair, or a sequence item). */
function itemSpan(ctx: EditContext, item: Node | Pair): [number, number] {
  if (isSeq(item) || isMap(item) || !('key' in item)) {
    return [rangeOf(item as Node)[0], rangeOf(item as Node)[1]];
  }
  return [rangeOf(item.key as Node)[0], pairEnd(ctx, item)];
}

/** Removes item `index` of a flow collection with its separator, keeping the layout around it. */
function deleteInFlow(ctx: EditContext, items: readonly (Node | Pair)[], index: number): TextEdit {
  const [start, end] = itemSpan(ctx, items[index]!);
  const next = items[index + 1];
  if (next) return { start, end: itemSpan(ctx, next)[0], text: '' };
  const [, previousEnd] = itemSpan(ctx, items[index - 1]!);
  return { start: previousEnd, end, text: '' };
}

/**
 * Removes the lines of a block item: from its first line (with the comment lines right above it
 * that are indented like it) to the end of its last line. When the item shares its first line
 * with a sequence dash (`- name: a`), the text up to the next pair goes instead, so that pair
 * moves up behind the dash.
 */
function deleteBlockItem(ctx: EditContext, step: Step, head: number, nextHead?: number): TextEdit {
  const end = step.pair ? pairEnd(ctx, step.pair) : contentEnd(ctx, step.node);
  if (!startsLine(ctx.text, head)) {
    if (nextHead === undefined) throw new EditError('edit-unsupported', 'Cannot remove this item.');
    return { start: head, end: nextHead, text: '' };
  }
  const start = withLeadingComments(ctx.text, lineStart(ctx.text, head), columnAt(ctx, head));
  return { start, end: lineEnd(ctx.text, end), text: '' };
}

function headOf(ctx: EditContext, parent: Node, item: Node | Pair): number {
  if (isSeq(parent)) return dashOf(ctx, item as Node);
  return rangeOf((item as Pair).key as Node)[0];
}

/**
 * Removes the value at `path` below `root`. Emptying a sequence removes the sequence's own field
 * (what a person deleting the last backend expects: no `backendRefs: []` left behind); emptying
 * a mapping leaves `{}` so the item or field that held it stays valid.
 */
export function deleteValue(ctx: EditContext, root: Node, path: FieldPath): TextEdit[] {
  if (path.length === 0)
    throw new EditError('edit-unsupported', 'The whole object cannot be removed here.');
  const step = findStep(root, path);
  const parent = step.parent!;
  const items = parent.items as (Node | Pair)[];
  if (items.length === 1) {
    const parentPath = path.slice(0, -1);
    if (isSeq(parent) && parentPath.length > 0) return deleteValue(ctx, root, parentPath);
    return replaceStep(ctx, findStep(root, parentPath), isSeq(parent) ? [] : {});
  }
  if (parent.flow) return [deleteInFlow(ctx, items, step.index)];
  const head = headOf(ctx, parent, items[step.index]!);
  const next = items[step.index + 1];
  return [deleteBlockItem(ctx, step, head, next ? headOf(ctx, parent, next) : undefined)];
}
