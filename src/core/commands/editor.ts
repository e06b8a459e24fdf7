import { isCollection, type Node } from 'yaml';
import type { Design } from '../design/design.ts';
import type { TextEdit } from '../design/design-file.ts';
import { findFile } from '../design/design.ts';
import { nodeAt, segmentOffset } from '../design/locate.ts';
import type { FieldPath } from '../diagnostics.ts';
import type { Resource } from '../model/resource.ts';
import { isJsonDocument, type EditContext } from '../yaml/edit/context.ts';
import { deleteValue } from '../yaml/edit/delete.ts';
import { EditError } from '../yaml/edit/errors.ts';
import { addItem, type KeyPlacement } from '../yaml/edit/insert.ts';
import { setValue } from '../yaml/edit/set.ts';
import { detectStyle, type YamlStyle } from '../yaml/edit/style.ts';
import type { YamlValue } from '../yaml/edit/value.ts';
import { keyPlacement } from './key-order.ts';
import type { FileEdit } from './types.ts';

const styles = new WeakMap<object, YamlStyle>();

/** The style of a file's text, detected once per file version. */
export function fileStyle(design: Design, name: string): YamlStyle {
  const file = findFile(design, name);
  if (!file) return detectStyle(design.files.map((f) => f.text).join('\n'));
  let style = styles.get(file);
  if (!style) {
    style = detectStyle(file.text);
    styles.set(file, style);
  }
  return style;
}

/**
 * Edits one resource of a design: paths are relative to the resource object and the edits come
 * back in file offsets, ready to be combined with edits of other resources.
 */
export class ResourceEditor {
  readonly ctx: EditContext;
  private readonly offset: number;

  constructor(
    design: Design,
    readonly resource: Resource,
  ) {
    const file = findFile(design, resource.file);
    const index = file?.segments.findIndex((s) => s.id === resource.segmentId) ?? -1;
    const offset = segmentOffset(design, resource);
    if (!file || index === -1 || offset === undefined) {
      throw new EditError('edit-target-missing', `${resource.key} is not in the design's files.`);
    }
    this.offset = offset;
    this.ctx = {
      text: file.segments[index]!.text,
      style: fileStyle(design, file.name),
      json: isJsonDocument(resource.doc),
    };
  }

  /** Plain data at `path` inside the resource (undefined when absent). */
  read(path: FieldPath): unknown {
    let value: unknown = this.resource.value;
    for (const part of path) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string | number, unknown>)[part];
    }
    return value;
  }

  /** True when the collection at `path` is written in flow style (`[a, b]`, `{a: 1}`). */
  isFlow(path: FieldPath): boolean {
    const { node, exact } = nodeAt(this.resource, path);
    return exact && isCollection(node) && node.flow === true;
  }

  /**
   * Sets the value at `path`, creating what leads to it. A key that is not written yet goes
   * `after` the given key, else where people write it (`keyPlacement`: hostnames before rules).
   */
  set(path: FieldPath, value: YamlValue, after?: string): FileEdit[] {
    return this.setAt(this.resource.node, path, value, after ?? this.placementOf(path));
  }

  remove(path: FieldPath): FileEdit[] {
    return this.removeAt(this.resource.node, path);
  }

  /** Adds an item to the list at `path` (created when absent), before `index` or at the end. */
  add(path: FieldPath, value: YamlValue, index?: number): FileEdit[] {
    return this.wrap(
      addItem(this.ctx, this.resource.node, path, value, index, this.placementOf(path)),
    );
  }

  /** Where the first key of `path` that is not written goes among its written siblings. */
  private placementOf(path: FieldPath): KeyPlacement | undefined {
    let parent: unknown = this.resource.value;
    for (let i = 0; i < path.length; i++) {
      if (parent === null || typeof parent !== 'object') return undefined;
      const part = path[i]!;
      const next = (parent as Record<string | number, unknown>)[part];
      if (next === undefined) {
        if (typeof part !== 'string' || Array.isArray(parent)) return undefined;
        const { group, kind } = this.resource;
        return keyPlacement(group, kind, path.slice(0, i), part, Object.keys(parent));
      }
      parent = next;
    }
    return undefined;
  }

  /** Like `set`, from another node of the same segment (a List document's root). */
  setAt(root: Node, path: FieldPath, value: YamlValue, placement?: KeyPlacement): FileEdit[] {
    return this.wrap(setValue(this.ctx, root, path, value, placement));
  }

  removeAt(root: Node, path: FieldPath): FileEdit[] {
    return this.wrap(deleteValue(this.ctx, root, path));
  }

  addAt(root: Node, path: FieldPath, value: YamlValue, index?: number): FileEdit[] {
    return this.wrap(addItem(this.ctx, root, path, value, index));
  }

  /** File edits moved back to offsets in the resource's segment text. */
  unwrap(edits: readonly FileEdit[]): TextEdit[] {
    return edits.map((e) => ({
      start: e.start - this.offset,
      end: e.end - this.offset,
      text: e.text,
    }));
  }

  /** Segment-relative edits moved to file offsets. */
  wrap(edits: readonly TextEdit[]): FileEdit[] {
    return edits.map((e) => ({
      file: this.resource.file,
      start: e.start + this.offset,
      end: e.end + this.offset,
      text: e.text,
    }));
  }
}
