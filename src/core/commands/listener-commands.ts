import type { Design } from '../design/design.ts';
import { GATEWAY_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { EditError } from '../yaml/edit/errors.ts';
import type { YamlValue } from '../yaml/edit/value.ts';
import { ResourceEditor } from './editor.ts';
import { listenersPath } from './layout.ts';
import { commit } from './result.ts';
import type { CommandResult } from './types.ts';

/** The name a listener (Gateway API) or server (Istio: `name`, else `port.name`) goes by. */
function listenerName(entry: unknown): unknown {
  const record = (entry ?? {}) as { name?: unknown; port?: { name?: unknown } };
  return record.name ?? record.port?.name;
}

function listeners(editor: ResourceEditor): unknown[] {
  const written = editor.read(listenersPath(editor.resource));
  return Array.isArray(written) ? written : [];
}

/**
 * Adds a listener to a Gateway or ListenerSet (`spec.listeners`), or a server to an Istio
 * Gateway (`spec.servers`). Gateway API listener names are required and unique.
 */
export function addListener(
  design: Design,
  resource: Resource,
  listener: { readonly [key: string]: YamlValue },
): CommandResult {
  const editor = new ResourceEditor(design, resource);
  const name = listenerName(listener);
  if (resource.group === GATEWAY_GROUP && typeof name !== 'string') {
    throw new EditError('edit-invalid', 'A Gateway API listener needs a name.');
  }
  if (name !== undefined && listeners(editor).some((l) => listenerName(l) === name)) {
    throw new EditError(
      'edit-invalid',
      `${resource.name} already has a listener named ${String(name)}.`,
    );
  }
  return commit(design, editor.add(listenersPath(resource), listener));
}

/** Removes the listener (or Istio server) with that name. */
export function removeListener(design: Design, resource: Resource, name: string): CommandResult {
  const editor = new ResourceEditor(design, resource);
  const index = listeners(editor).findIndex((l) => listenerName(l) === name);
  if (index === -1) {
    throw new EditError('edit-target-missing', `${resource.name} has no listener named ${name}.`);
  }
  return commit(design, editor.remove([...listenersPath(resource), index]));
}
