import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { formatPath, type FieldPath } from '../../diagnostics.ts';
import { EditError } from './errors.ts';

export type Collection = YAMLMap | YAMLSeq;

/** One node on a path, with how its parent holds it. */
export interface Step {
  node: Node;
  parent?: Collection;
  /** Index of the node (or of its pair) in `parent.items`. */
  index: number;
  /** The pair holding the node when the parent is a mapping. */
  pair?: Pair;
}

/** The written part of a path: the nodes found, and the path parts below the last of them. */
export interface Walk {
  steps: Step[];
  rest: FieldPath;
}

/** A pair's key as text, the way a path names it. */
export function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function child(node: Collection, part: string | number): Step | undefined {
  if (isSeq(node)) {
    if (typeof part !== 'number') return undefined;
    const item = node.items[part];
    return item ? { node: item as Node, parent: node, index: part } : undefined;
  }
  const index = node.items.findIndex((pair) => keyText(pair) === String(part));
  const pair = node.items[index];
  if (!pair) return undefined;
  const value = pair.value as Node | null;
  // `key:` with nothing after it parses to a null scalar; a missing value is treated alike.
  if (!value)
    throw new EditError('edit-unsupported', `The value of ${String(part)} is not written.`);
  return { node: value, parent: node, index, pair };
}

/** Follows `path` from `root` as far as it is written. Aliases are not followed. */
export function walk(root: Node, path: FieldPath): Walk {
  const steps: Step[] = [{ node: root, index: -1 }];
  for (let i = 0; i < path.length; i++) {
    const last = steps[steps.length - 1]!.node;
    if (!isMap(last) && !isSeq(last)) return { steps, rest: path.slice(i) };
    const next = child(last, path[i]!);
    if (!next) return { steps, rest: path.slice(i) };
    steps.push(next);
  }
  return { steps, rest: [] };
}

/** The step at the end of `path`, or an `edit-target-missing` error naming what is absent. */
export function findStep(root: Node, path: FieldPath): Step {
  const { steps, rest } = walk(root, path);
  if (rest.length > 0) {
    throw new EditError('edit-target-missing', `Nothing is written at ${formatPath(path)}.`);
  }
  return steps[steps.length - 1]!;
}
