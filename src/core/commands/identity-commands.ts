import type { Design } from '../design/design.ts';
import type { Resource } from '../model/resource.ts';
import { EditError } from '../yaml/edit/errors.ts';
import { ResourceEditor } from './editor.ts';
import { referenceEdits, type IdentityChange } from './references.ts';
import { assertFree } from './resource-commands.ts';
import { commit } from './result.ts';
import type { CommandResult } from './types.ts';

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

function checkName(name: string, what: string): void {
  if (!NAME.test(name) || name.length > 253) {
    throw new EditError('edit-invalid', `"${name}" is not a valid ${what}.`);
  }
}

function withReferences(
  design: Design,
  change: IdentityChange,
  own: ReturnType<ResourceEditor['set']>,
  updateReferences: boolean | undefined,
): CommandResult {
  if (updateReferences === false) return commit(design, own);
  const { edits, diagnostics } = referenceEdits(design, change);
  return commit(design, [...own, ...edits], diagnostics);
}

/** Renames an object and, unless told not to, every reference to it. */
export function renameResource(
  design: Design,
  resource: Resource,
  name: string,
  updateReferences?: boolean,
): CommandResult {
  checkName(name, 'name');
  if (name === resource.name) return commit(design, []);
  assertFree(design, resource, name);
  const own = new ResourceEditor(design, resource).set(['metadata', 'name'], name);
  return withReferences(design, { resource, name }, own, updateReferences);
}

/**
 * Moves an object to another namespace. References to it follow it, and its own references that
 * relied on being in the same namespace as their target get the old namespace written out.
 */
export function moveToNamespace(
  design: Design,
  resource: Resource,
  namespace: string,
  updateReferences?: boolean,
): CommandResult {
  if (resource.namespace === undefined) {
    throw new EditError(
      'edit-unsupported',
      `A ${resource.kind} is cluster-scoped: it has no namespace.`,
    );
  }
  checkName(namespace, 'namespace name');
  if (namespace === resource.namespace) return commit(design, []);
  assertFree(design, resource, resource.name, namespace);
  const own = new ResourceEditor(design, resource).set(
    ['metadata', 'namespace'],
    namespace,
    'name',
  );
  return withReferences(design, { resource, namespace }, own, updateReferences);
}
