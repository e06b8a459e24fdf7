import { isCollection, isScalar, type Node } from 'yaml';
import type { TextEdit } from '../../design/design-file.ts';
import {
  colonEnd,
  columnAt,
  contentEnd,
  dashOf,
  modeIn,
  rangeOf,
  type EditContext,
} from './context.ts';
import { EditError } from './errors.ts';
import type { Step } from './path.ts';
import {
  isInline,
  renderBlock,
  renderInline,
  renderItem,
  renderScalarLike,
  type InlineMode,
} from './render.ts';
import { indentFollowingLines, indentLines, lineEnd } from './text.ts';
import type { YamlValue } from './value.ts';

/** True for collections written with brackets and not empty (an empty one is a placeholder). */
function isFlowCollection(node: Node): boolean {
  return isCollection(node) && node.flow === true && node.items.length > 0;
}

/** The new value on one line, keeping a replaced scalar's quoting style. */
function inlineText(node: Node, value: YamlValue, mode: InlineMode): string {
  return isScalar(node) ? renderScalarLike(value, node, mode) : renderInline(value, mode);
}

/**
 * Replaces the node of `step` by `value`. Inside flow syntax (and for a flow collection replaced
 * by a collection) the value is written in flow style; in block context, scalars and empty
 * collections stay on the line and other collections become indented blocks.
 */
export function replaceStep(ctx: EditContext, step: Step, value: YamlValue): TextEdit[] {
  const { node, parent, pair } = step;
  if (!parent) throw new EditError('edit-unsupported', 'The whole object cannot be replaced.');
  const [start, end] = rangeOf(node);
  const mode = modeIn(ctx, parent);
  if (mode !== 'block') return [{ start, end, text: inlineText(node, value, mode) }];
  const keepFlow = isFlowCollection(node) && !isInline(value) && typeof value === 'object';
  const inline = isInline(value) || keepFlow;
  const written = contentEnd(ctx, node);
  const empty = written === start;

  if (pair) {
    const afterColon = colonEnd(ctx, pair);
    if (inline) {
      const text = keepFlow ? renderInline(value, 'flow') : inlineText(node, value, 'block');
      // A block collection starts on the next line: the new value goes right after the colon.
      if (empty || (isCollection(node) && !node.flow)) {
        return [{ start: afterColon, end: written, text: ` ${text}` }];
      }
      return [{ start, end: written, text }];
    }
    const keyColumn = columnAt(ctx, rangeOf(pair.key as Node)[0]);
    const column =
      keyColumn + (Array.isArray(value) && !ctx.style.indentSeq ? 0 : ctx.style.indent);
    const block = '\n' + indentLines(renderBlock(value, ctx.style), column);
    // A comment after a replaced scalar stays on the key's line, above the new block.
    const lineStop =
      lineEnd(ctx.text, written) - (ctx.text[lineEnd(ctx.text, written) - 1] === '\n' ? 1 : 0);
    const comment = isCollection(node) ? '' : ctx.text.slice(written, lineStop).trim();
    return [
      {
        start: afterColon,
        end: isCollection(node) ? written : lineStop,
        text: (comment ? ` ${comment}` : '') + block,
      },
    ];
  }

  // A sequence item: the value follows `- `.
  if (inline) {
    const text = keepFlow ? renderInline(value, 'flow') : inlineText(node, value, 'block');
    const space = ctx.text[start - 1] === '-' ? ' ' : '';
    return [{ start, end: written, text: space + text }];
  }
  const dashColumn = columnAt(ctx, dashOf(ctx, node));
  const item = renderItem(value, ctx.style).slice(2);
  const space = ctx.text[start - 1] === '-' ? ' ' : '';
  return [{ start, end: written, text: space + indentFollowingLines(item, dashColumn) }];
}
