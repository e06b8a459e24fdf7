import { stringify } from 'yaml';
import { findFile, type Design } from '../design/design.ts';
import { isNamespaced, splitApiVersion } from '../model/kinds.ts';
import { resourceKey, type Resource } from '../model/resource.ts';
import { applyTextEdits } from '../yaml/edit/apply-edits.ts';
import { appendDocument, insertDocumentAfter, removeSegment } from '../yaml/edit/documents.ts';
import { EditError } from '../yaml/edit/errors.ts';
import type { YamlValue } from '../yaml/edit/value.ts';
import { defaultBody, kebab, uniqueName } from './defaults.ts';
import { fileStyle, ResourceEditor } from './editor.ts';
import { inUsualOrder } from './key-order.ts';
import { commit } from './result.ts';
import type { Command, CommandResult, FileEdit } from './types.ts';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** The segment holding a resource, when the resource is that segment's only document. */
function ownSegment(design: Design, resource: Resource) {
  const file = findFile(design, resource.file)!;
  const index = file.segments.findIndex((s) => s.id === resource.segmentId);
  const segment = file.segments[index]!;
  const alone = resource.basePath.length === 0 && segment.docs.length === 1;
  return { file, index, segment, alone };
}

export function assertFree(design: Design, resource: Resource, name: string, namespace?: string) {
  const key = resourceKey({ ...resource, name, namespace: namespace ?? resource.namespace });
  if (design.byKey.has(key)) {
    throw new EditError('edit-invalid', `${resource.kind} ${name} already exists there.`);
  }
}

/** Appends a new object to a file (created when missing), in that file's style. */
export function addResource(design: Design, command: Of<'addResource'>): CommandResult {
  const { group } = splitApiVersion(command.apiVersion);
  const namespaced = isNamespaced(group, command.kind);
  const namespace = namespaced ? (command.namespace ?? design.options.defaultNamespace) : undefined;
  const name =
    command.name ?? uniqueName(design, command.apiVersion, command.kind, kebab(command.kind), true);
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name)) {
    throw new EditError('edit-invalid', `"${name}" is not a valid Kubernetes name.`);
  }
  if (design.byKey.has(resourceKey({ group, kind: command.kind, namespace, name }))) {
    throw new EditError('edit-invalid', `${command.kind} ${name} already exists.`);
  }
  const body = command.body ?? defaultBody(design, group, command.kind, name, namespace ?? '');
  const { metadata: extra, ...rest } = body;
  const metadata: Record<string, YamlValue> = { name };
  if (namespaced && command.namespace !== undefined) metadata.namespace = command.namespace;
  if (extra && typeof extra === 'object' && !Array.isArray(extra)) Object.assign(metadata, extra);
  const object = inUsualOrder(group, command.kind, {
    apiVersion: command.apiVersion,
    kind: command.kind,
    metadata,
    ...rest,
  });
  const style = fileStyle(design, command.file);
  const text = stringify(object, { ...style, lineWidth: 0 });
  const fileText = findFile(design, command.file)?.text ?? '';
  return commit(design, [{ file: command.file, ...appendDocument(fileText, text) }]);
}

/** Removes an object: its whole `---` segment (comments included), or its item of a List. */
export function removeResource(design: Design, resource: Resource): CommandResult {
  const { file, index, alone } = ownSegment(design, resource);
  if (alone) {
    return commit(design, [{ file: file.name, ...removeSegment(file.text, file.starts, index) }]);
  }
  const editor = new ResourceEditor(design, resource);
  const root = resource.doc.contents;
  if (resource.basePath.length === 0 || !root) {
    throw new EditError('edit-unsupported', 'The document shares its segment with others.');
  }
  const list = resource.doc.toJS() as { items?: unknown[] };
  const edits =
    (list.items?.length ?? 0) > 1
      ? editor.removeAt(root, resource.basePath)
      : editor.setAt(root, ['items'], []);
  return commit(design, edits);
}

/** A copy of an object with a unique name, right after the original. */
export function duplicateResource(
  design: Design,
  resource: Resource,
  command: Of<'duplicateResource'>,
): CommandResult {
  const name =
    command.name ??
    uniqueName(design, resource.apiVersion, resource.kind, `${resource.name}-copy`, false);
  assertFree(design, resource, name);
  const editor = new ResourceEditor(design, resource);
  const { file, index, segment, alone } = ownSegment(design, resource);
  let edits: FileEdit[];
  if (alone) {
    const renamed = applyTextEdits(
      segment.text,
      editor.unwrap(editor.set(['metadata', 'name'], name)),
    );
    const copy = renamed.replace(/^---[^\n]*\n/, '');
    const end = file.starts[index]! + segment.text.length;
    edits = [{ file: file.name, ...insertDocumentAfter(file.text, end, copy) }];
  } else {
    const value = structuredClone(resource.value) as Record<string, YamlValue>;
    value.metadata = { ...(value.metadata as Record<string, YamlValue>), name };
    const at = resource.basePath[1] as number;
    edits = editor.addAt(resource.doc.contents!, ['items'], value, at + 1);
  }
  return commit(design, edits);
}
