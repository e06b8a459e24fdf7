import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { TextEdit } from '../../design/design-file.ts';
import { formatPath, type FieldPath } from '../../diagnostics.ts';
import type { EditContext } from './context.ts';
import { EditError } from './errors.ts';
import { addItem, insertPair, isEmptyFlow, type KeyPlacement } from './insert.ts';
import { walk } from './path.ts';
import { replaceStep } from './replace.ts';
import type { YamlValue } from './value.ts';

/** The value to write at `rest[0]` so that `value` ends up at the end of `rest`. */
function nest(rest: FieldPath, value: YamlValue): YamlValue {
  let nested = value;
  for (let i = rest.length - 1; i >= 1; i--) {
    const part = rest[i]!;
    if (typeof part === 'number') {
      if (part !== 0) throw new EditError('edit-invalid', `A new list cannot start at [${part}].`);
      nested = [nested];
    } else {
      nested = { [part]: nested };
    }
  }
  return nested;
}

/**
 * Sets the value at `path` below `root`. A written value is replaced in place (a scalar keeps
 * its quoting style); a missing one is inserted into the nearest written mapping or sequence,
 * with whatever mappings and sequences lead to it.
 */
export function setValue(
  ctx: EditContext,
  root: Node,
  path: FieldPath,
  value: YamlValue,
  /** For a new key in an existing block mapping: where it goes among the written keys. */
  placement?: KeyPlacement,
): TextEdit[] {
  const { steps, rest } = walk(root, path);
  const step = steps[steps.length - 1]!;
  if (rest.length === 0) return replaceStep(ctx, step, value);
  const [first] = rest;
  const below = nest(rest, value);
  const node = step.node;
  const fits = isMap(node) ? typeof first === 'string' : first === 0;
  if (isEmptyFlow(ctx, step) && fits) {
    return replaceStep(ctx, step, nest([0, ...rest], value) as YamlValue);
  }
  if (isMap(node) && typeof first === 'string')
    return insertPair(ctx, node, first, below, placement);
  if (isSeq(node) && first === node.items.length) {
    return addItem(ctx, root, path.slice(0, path.length - rest.length), below);
  }
  if (isScalar(node) && node.value === null && step.parent) {
    return replaceStep(ctx, step, nest([0, ...rest], value) as YamlValue);
  }
  throw new EditError(
    'edit-invalid',
    `${formatPath(path.slice(0, path.length - rest.length)) || 'The object'} has no place for ${formatPath(rest)}.`,
  );
}
