import { isCollection, type Node } from 'yaml';
import type { FieldPath } from '../diagnostics.ts';
import type { Resource } from '../model/resource.ts';
import type { SourceRange } from '../source.ts';
import { lineIndexOf, segmentIndexAt, type DesignFile } from './design-file.ts';

/** The part of a Design that locating needs. */
export interface FileSet {
  files: readonly DesignFile[];
}

const segmentIndexes = new WeakMap<DesignFile, Map<number, number>>();

/** Index of a segment in its file by segment id (a map per file object, so lookups are O(1)). */
function segmentIndexById(file: DesignFile, id: number): number | undefined {
  let byId = segmentIndexes.get(file);
  if (!byId) {
    byId = new Map(file.segments.map((s, i) => [s.id, i]));
    segmentIndexes.set(file, byId);
  }
  return byId.get(id);
}

function fileAndStart(set: FileSet, resource: Resource): [DesignFile, number] | undefined {
  const file = set.files.find((f) => f.name === resource.file);
  if (!file) return undefined;
  const index = segmentIndexById(file, resource.segmentId);
  if (index === undefined) return undefined;
  return [file, file.starts[index]!];
}

/** The yaml node at `path` below the resource, or the deepest existing ancestor of it. */
export function nodeAt(resource: Resource, path: FieldPath): { node: Node; exact: boolean } {
  let node: Node = resource.node;
  for (const part of path) {
    if (!isCollection(node)) return { node, exact: false };
    const child = node.get(part, true) as Node | undefined;
    if (child === undefined || child === null) return { node, exact: false };
    node = child;
  }
  return { node, exact: true };
}

function rangeOfNode(set: FileSet, resource: Resource, node: Node): SourceRange | undefined {
  const located = fileAndStart(set, resource);
  if (!located || !node.range) return undefined;
  const [file, base] = located;
  return lineIndexOf(file).range(file.name, base + node.range[0], base + node.range[1]);
}

/** Where the resource is written (its whole mapping). */
export function locateResource(set: FileSet, resource: Resource): SourceRange | undefined {
  return rangeOfNode(set, resource, resource.node);
}

/**
 * Where a field of the resource is written. A field that is not written gives the range of its
 * nearest written ancestor, so a diagnostic about a missing field still points somewhere useful.
 */
export function locateField(
  set: FileSet,
  resource: Resource,
  path: FieldPath,
): SourceRange | undefined {
  return rangeOfNode(set, resource, nodeAt(resource, path).node);
}

/** Offset of a resource's segment in its file; edits computed inside the segment add this. */
export function segmentOffset(set: FileSet, resource: Resource): number | undefined {
  return fileAndStart(set, resource)?.[1];
}

/**
 * The resource written at `offset` of a file: the innermost resource whose mapping contains the
 * offset, else the only resource of the `---` segment there (a comment or blank line above it).
 */
export function resourceAt(set: FileSet, fileName: string, offset: number): Resource | undefined {
  const file = set.files.find((f) => f.name === fileName);
  if (!file || file.segments.length === 0) return undefined;
  const index = segmentIndexAt(file, offset);
  const segment = file.segments[index]!;
  const local = offset - file.starts[index]!;
  let best: Resource | undefined;
  for (const resource of segment.resources) {
    const range = resource.node.range;
    if (!range || local < range[0] || local > range[1]) continue;
    if (!best || range[1] - range[0] < best.node.range![1] - best.node.range![0]) best = resource;
  }
  return best ?? (segment.resources.length === 1 ? segment.resources[0] : undefined);
}
