import type { Design } from '../design/design.ts';
import type { GraphEdge } from '../graph/types.ts';
import { GATEWAY_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { EditError } from '../yaml/edit/errors.ts';
import type { YamlValue } from '../yaml/edit/value.ts';
import { ResourceEditor } from './editor.ts';
import { listenersPath } from './layout.ts';
import { referencesWhere } from './references.ts';
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

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A Gateway API listener of a Gateway or ListenerSet, found by name. */
function gatewayApiListener(editor: ResourceEditor, name: string): number {
  if (editor.resource.group !== GATEWAY_GROUP) {
    throw new EditError('edit-unsupported', `A ${editor.resource.kind} has no named listeners.`);
  }
  const index = listeners(editor).findIndex((l) => listenerName(l) === name);
  if (index === -1) {
    throw new EditError(
      'edit-target-missing',
      `${editor.resource.name} has no listener named ${name}.`,
    );
  }
  return index;
}

/**
 * Renames a Gateway API listener. Names are unique per Gateway, and the routes attached to the
 * listener by `sectionName` follow it, so none is left pointing at a listener that is gone.
 */
export function renameListener(
  design: Design,
  resource: Resource,
  name: string,
  to: string,
): CommandResult {
  const editor = new ResourceEditor(design, resource);
  const index = gatewayApiListener(editor, name);
  if (to === name) return commit(design, []);
  if (!LABEL.test(to) || to.length > 63) {
    throw new EditError('edit-invalid', `"${to}" is not a valid listener name.`);
  }
  if (listeners(editor).some((l) => listenerName(l) === to)) {
    throw new EditError('edit-invalid', `${resource.name} already has a listener named ${to}.`);
  }
  const edits = editor.set([...listenersPath(resource), index, 'name'], to);
  const listenerId = `${resource.key}#listener/${name}`;
  const attached = (e: GraphEdge) => e.type === 'parent-ref' && e.to === listenerId;
  for (const { editor: route, path } of referencesWhere(design, attached))
    edits.push(...route.set([...path, 'sectionName'], to));
  return commit(design, edits);
}

/** Ports people expect a listener of a protocol on, for swapping 80 and 443 with the protocol. */
export const WELL_KNOWN_PORT: Readonly<Record<string, number>> = { HTTP: 80, HTTPS: 443 };

/**
 * Sets a Gateway API listener's protocol and keeps the listener valid for it, as the Gateway
 * CRD's rules ask: HTTPS terminates TLS with a certificate (the namespace's first TLS Secret, or
 * a name to fill in), TLS gets a mode (Passthrough), HTTP, TCP and UDP have no `tls`, TCP and UDP
 * no `hostname`. A listener on the old protocol's usual port moves to the new one's (80 ⇄ 443).
 */
export function setListenerProtocol(
  design: Design,
  resource: Resource,
  name: string,
  protocol: string,
): CommandResult {
  const editor = new ResourceEditor(design, resource);
  const index = gatewayApiListener(editor, name);
  const at = [...listenersPath(resource), index];
  const listener = (listeners(editor)[index] ?? {}) as Record<string, unknown>;
  if (listener.protocol === protocol) return commit(design, []);
  const edits = editor.set([...at, 'protocol'], protocol);
  const oldPort = WELL_KNOWN_PORT[String(listener.protocol)];
  const newPort = WELL_KNOWN_PORT[protocol];
  if (oldPort !== undefined && newPort !== undefined && listener.port === oldPort) {
    edits.push(...editor.set([...at, 'port'], newPort));
  }
  const tls = listener.tls as Record<string, unknown> | undefined;
  if (['HTTP', 'TCP', 'UDP'].includes(protocol)) {
    if (tls !== undefined) edits.push(...editor.remove([...at, 'tls']));
  } else if (protocol === 'HTTPS') {
    if (tls === undefined) {
      const secret = tlsSecretName(design, resource, `${resource.name}-${name}-cert`);
      const certificate = { kind: 'Secret', name: secret };
      edits.push(
        ...editor.set([...at, 'tls'], { mode: 'Terminate', certificateRefs: [certificate] }),
      );
    } else if (tls.mode !== undefined && tls.mode !== 'Terminate') {
      edits.push(...editor.set([...at, 'tls', 'mode'], 'Terminate'));
    }
  } else if (protocol === 'TLS' && tls?.mode === undefined) {
    edits.push(...editor.set([...at, 'tls', 'mode'], 'Passthrough'));
  }
  if (['TCP', 'UDP'].includes(protocol) && listener.hostname !== undefined) {
    edits.push(...editor.remove([...at, 'hostname']));
  }
  return commit(design, edits);
}

/** The certificate Secret a new HTTPS listener names: a TLS Secret of its namespace, if any. */
export function tlsSecretName(design: Design, gateway: Resource, fallback: string): string {
  const secret = design.resources.find(
    (r) =>
      r.group === '' &&
      r.kind === 'Secret' &&
      r.namespace === gateway.namespace &&
      (r.value as { type?: unknown }).type === 'kubernetes.io/tls',
  );
  return secret?.name ?? fallback;
}
