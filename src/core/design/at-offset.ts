import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { FieldPath } from '../diagnostics.ts';
import type { Resource } from '../model/resource.ts';
import { segmentIndexAt } from './design-file.ts';
import { findFile, type Design } from './design.ts';

/** True when the segment-relative `offset` is inside the node (its end counts, for a cursor there). */
function contains(node: Node, offset: number): boolean {
  const range = node.range;
  return range !== undefined && range !== null && range[0] <= offset && offset <= range[2];
}

/** The resource and the segment-relative offset for a file offset. */
function locateOffset(
  design: Design,
  fileName: string,
  offset: number,
): { resource: Resource; inner: number; text: string } | undefined {
  const file = findFile(design, fileName);
  if (!file || file.tooLarge || offset < 0 || offset > file.text.length) return undefined;
  const index = segmentIndexAt(file, offset);
  const segment = file.segments[index]!;
  const inner = offset - file.starts[index]!;
  const resource = segment.resources.find((r) => contains(r.node, inner));
  if (resource) return { resource, inner, text: segment.text };
  // On a `---` line or a comment of a segment that holds a single resource, that one is meant.
  const only = segment.docs.length === 1 && segment.resources.length === 1;
  return only ? { resource: segment.resources[0]!, inner, text: segment.text } : undefined;
}

/**
 * The resource written at `offset` of a file, for selecting what is under the editor's cursor.
 * Comments and the `---` line of a single-resource document count as that resource.
 */
export function resourceAt(design: Design, fileName: string, offset: number): Resource | undefined {
  return locateOffset(design, fileName, offset)?.resource;
}

/**
 * The child at `offset`: the first one that ends after it, so the gap before a child (its
 * indentation, `- `, a comment line) belongs to it; a cursor at the very end is in the last one.
 */
function childAt<T>(children: readonly T[], end: (child: T) => number, offset: number): number {
  const i = children.findIndex((child) => offset < end(child));
  if (i !== -1) return i;
  const last = children.length - 1;
  return last >= 0 && offset === end(children[last]!) ? last : -1;
}

const endOf = (node: unknown): number => (node as Node | null)?.range?.[2] ?? 0;

/**
 * Whether a cursor before or in `child` is in it rather than on the key or `- ` that introduces
 * it: it is when inside it or in the indentation of its first line.
 */
function entersChild(child: Node, offset: number, text: string): boolean {
  const start = child.range?.[0] ?? Infinity;
  if (offset >= start) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return offset >= lineStart && text.slice(lineStart, start).trim() === '';
}

/**
 * The resource at `offset` and the path of the deepest field written there, relative to the
 * resource (`['spec', 'rules', 0, 'matches']`). Indentation, `- ` and `key: ` belong to the
 * field they introduce; `[]` means the resource itself.
 */
export function fieldPathAt(
  design: Design,
  fileName: string,
  offset: number,
): { resource: Resource; path: FieldPath } | undefined {
  const located = locateOffset(design, fileName, offset);
  if (!located) return undefined;
  const { resource, inner, text } = located;
  const path: (string | number)[] = [];
  // A cursor on a comment or `---` line before the resource is on the resource itself.
  let node: Node | null = entersChild(resource.node, inner, text) ? resource.node : null;
  while (isMap(node) || isSeq(node)) {
    let child: Node | null;
    if (isMap(node)) {
      const pair = node.items[childAt(node.items, (p) => endOf(p.value ?? p.key), inner)];
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      child = pair.value as Node | null;
    } else {
      const i = childAt(node.items, endOf, inner);
      if (i === -1) break;
      path.push(i);
      child = node.items[i] as Node | null;
    }
    if (!child || !entersChild(child, inner, text)) break;
    node = child;
  }
  return { resource, path };
}
