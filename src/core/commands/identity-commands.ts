import type { Design } from '../design/design.ts';
import { CORE_GROUP } from '../model/kinds.ts';
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
  const editor = new ResourceEditor(design, resource);
  const own = editor.set(['metadata', 'name'], name);
  if (selectorFollowsName(resource)) own.push(...editor.set(['spec', 'selector', 'app'], name));
  return withReferences(design, { resource, name }, own, updateReferences);
}

/**
 * True for a Service whose selector is still the one it was created with, `app: <its name>`:
 * that selector follows the name on rename; one the person changed stays as they wrote it.
 */
function selectorFollowsName(resource: Resource): boolean {
  if (resource.group !== CORE_GROUP || resource.kind !== 'Service') return false;
  const selector = (resource.value.spec as { selector?: unknown } | undefined)?.selector;
  if (selector === null || typeof selector !== 'object') return false;
  const keys = Object.keys(selector);
  return keys.length === 1 && (selector as { app?: unknown }).app === resource.name;
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
