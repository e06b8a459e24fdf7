import type { Design } from '../design/design.ts';
import { ISTIO_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { EditError } from '../yaml/edit/errors.ts';
import { ResourceEditor } from './editor.ts';
import { tlsSecretName, WELL_KNOWN_PORT } from './listener-commands.ts';
import { commit } from './result.ts';
import type { CommandResult, FileEdit } from './types.ts';

interface Server {
  port?: { number?: unknown; protocol?: unknown };
  tls?: { mode?: unknown; httpsRedirect?: unknown };
}

/**
 * Sets the protocol of an Istio Gateway server and keeps its TLS settings sensible for it: HTTPS
 * terminates TLS (mode SIMPLE with the namespace's first TLS Secret, or a name to fill in), TLS
 * gets a mode (PASSTHROUGH), other protocols have no `tls` (HTTP keeps an httpsRedirect). A server
 * on the old protocol's usual port moves to the new one's (80 ⇄ 443).
 */
export function setServerProtocol(
  design: Design,
  resource: Resource,
  index: number,
  protocol: string,
): CommandResult {
  if (resource.group !== ISTIO_GROUP || resource.kind !== 'Gateway') {
    throw new EditError('edit-unsupported', `A ${resource.kind} has no Istio servers.`);
  }
  const editor = new ResourceEditor(design, resource);
  const at = ['spec', 'servers', index];
  const server = editor.read(at) as Server | undefined;
  if (!server)
    throw new EditError('edit-target-missing', `${resource.name} has no server ${index}.`);
  const old = String(server.port?.protocol ?? '');
  if (old === protocol) return commit(design, []);
  const edits: FileEdit[] = editor.set([...at, 'port', 'protocol'], protocol);
  const oldPort = WELL_KNOWN_PORT[old];
  const newPort = WELL_KNOWN_PORT[protocol];
  if (oldPort !== undefined && newPort !== undefined && server.port?.number === oldPort) {
    edits.push(...editor.set([...at, 'port', 'number'], newPort));
  }
  const tls = server.tls;
  if (protocol === 'HTTPS' || protocol === 'TLS') {
    // An HTTP server's httpsRedirect does not belong here: the tls settings are written anew.
    const terminate = {
      mode: 'SIMPLE',
      credentialName: tlsSecretName(design, resource, `${resource.name}-cert`),
    };
    if (tls?.mode === undefined)
      edits.push(
        ...editor.set([...at, 'tls'], protocol === 'HTTPS' ? terminate : { mode: 'PASSTHROUGH' }),
      );
  } else if (tls !== undefined) {
    const keepRedirect = protocol === 'HTTP' && tls.httpsRedirect === true;
    if (!keepRedirect) edits.push(...editor.remove([...at, 'tls']));
    else
      for (const key of Object.keys(tls))
        if (key !== 'httpsRedirect') edits.push(...editor.remove([...at, 'tls', key]));
  }
  return commit(design, edits);
}
