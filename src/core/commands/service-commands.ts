import type { Design } from '../design/design.ts';
import type { GraphEdge } from '../graph/types.ts';
import { CORE_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { EditError } from '../yaml/edit/errors.ts';
import { ResourceEditor } from './editor.ts';
import { referencesWhere } from './references.ts';
import { commit } from './result.ts';
import type { CommandResult, FileEdit } from './types.ts';

/** Edges whose reference may name one of the target Service's ports. */
const PORT_REFERENCES: ReadonlySet<string> = new Set([
  'backend',
  'mirror',
  'destination',
  'parent-ref',
]);

/**
 * Changes the number of a Service port. The backendRefs, mirrors, mesh parentRefs and Istio
 * destinations that name the old number follow it, so they keep reaching that port.
 */
export function setServicePort(
  design: Design,
  resource: Resource,
  index: number,
  port: number,
): CommandResult {
  if (resource.group !== CORE_GROUP || resource.kind !== 'Service') {
    throw new EditError('edit-unsupported', `A ${resource.kind} has no Service ports.`);
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EditError('edit-invalid', `A port is a whole number from 1 to 65535, not ${port}.`);
  }
  const editor = new ResourceEditor(design, resource);
  const old = editor.read(['spec', 'ports', index, 'port']);
  if (old === undefined) {
    throw new EditError('edit-target-missing', `${resource.name} has no port ${index}.`);
  }
  if (old === port) return commit(design, []);
  const edits: FileEdit[] = editor.set(['spec', 'ports', index, 'port'], port);
  const named = (e: GraphEdge) => e.to === resource.key && PORT_REFERENCES.has(e.type);
  for (const { editor: referrer, path } of referencesWhere(design, named)) {
    // Gateway API references write `port: 80`; Istio destinations `port: {number: 80}`.
    const flat = [...path, 'port'];
    const nested = [...flat, 'number'];
    if (referrer.read(flat) === old) edits.push(...referrer.set(flat, port));
    else if (referrer.read(nested) === old) edits.push(...referrer.set(nested, port));
  }
  return commit(design, edits);
}
