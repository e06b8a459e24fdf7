import type { Design } from '../design/design.ts';
import type { GraphEdge } from '../graph/types.ts';
import { resolveServiceHost } from '../graph/istio-hosts.ts';
import { ISTIO_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { EditError } from '../yaml/edit/errors.ts';
import type { YamlValue } from '../yaml/edit/value.ts';
import { ResourceEditor } from './editor.ts';
import { splitWeights } from './route-commands.ts';
import { referencesWhere } from './references.ts';
import { commit } from './result.ts';
import type { CommandResult, FileEdit } from './types.ts';

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBSETS = ['spec', 'subsets'];

function requireKind(resource: Resource, kind: string, what: string): void {
  if (resource.group !== ISTIO_GROUP || resource.kind !== kind) {
    throw new EditError('edit-unsupported', `A ${resource.kind} has no ${what}.`);
  }
}

function subsetNames(editor: ResourceEditor): unknown[] {
  const written = editor.read(SUBSETS);
  return Array.isArray(written) ? written.map((s) => (s as { name?: unknown } | null)?.name) : [];
}

function checkFree(editor: ResourceEditor, name: unknown): void {
  if (typeof name !== 'string' || !LABEL.test(name) || name.length > 63) {
    throw new EditError('edit-invalid', `"${String(name)}" is not a valid subset name.`);
  }
  if (subsetNames(editor).includes(name)) {
    throw new EditError('edit-invalid', `${editor.resource.name} already has a subset ${name}.`);
  }
}

/** Adds a subset to a DestinationRule (names are unique within it). */
export function addSubset(
  design: Design,
  resource: Resource,
  subset: { readonly [key: string]: YamlValue },
): CommandResult {
  requireKind(resource, 'DestinationRule', 'subsets');
  const editor = new ResourceEditor(design, resource);
  checkFree(editor, subset.name);
  return commit(design, editor.add(SUBSETS, subset));
}

/**
 * Renames a DestinationRule subset and every VirtualService destination (and mirror) that routes
 * to it, so none is left naming a subset that is gone.
 */
export function renameSubset(
  design: Design,
  resource: Resource,
  name: string,
  to: string,
): CommandResult {
  requireKind(resource, 'DestinationRule', 'subsets');
  const editor = new ResourceEditor(design, resource);
  const index = subsetNames(editor).indexOf(name);
  if (index === -1) {
    throw new EditError('edit-target-missing', `${resource.name} has no subset ${name}.`);
  }
  if (to === name) return commit(design, []);
  checkFree(editor, to);
  const edits: FileEdit[] = editor.set([...SUBSETS, index, 'name'], to);
  const subsetId = `${resource.key}#subset/${name}`;
  const routed = (e: GraphEdge) => e.type === 'subset' && e.to === subsetId;
  for (const { editor: vs, path } of referencesWhere(design, routed))
    edits.push(...vs.set([...path, 'subset'], to));
  return commit(design, edits);
}

interface Destination {
  destination?: { host?: unknown; subset?: unknown; port?: unknown };
}

/**
 * Sends a VirtualService http route to a subset of `host`: the route's destination of that host
 * without a subset gets it; otherwise a destination is added (with `addBackend`'s weights) on the
 * port the route's other destinations of that host use.
 */
export function routeToSubset(
  design: Design,
  resource: Resource,
  rule: number,
  host: string,
  subset: string,
): CommandResult {
  requireKind(resource, 'VirtualService', 'http routes');
  const editor = new ResourceEditor(design, resource);
  const routePath = ['spec', 'http', rule, 'route'];
  if (editor.read(['spec', 'http', rule]) === undefined) {
    throw new EditError('edit-target-missing', `${resource.name} has no http route ${rule}.`);
  }
  const written = editor.read(routePath);
  const destinations = (Array.isArray(written) ? written : []) as Destination[];
  const namespace = resource.namespace ?? '';
  const service = resolveServiceHost(host, namespace).key;
  const sameHost = (d: Destination) =>
    typeof d?.destination?.host === 'string' &&
    resolveServiceHost(d.destination.host, namespace).key === service;
  if (destinations.some((d) => sameHost(d) && d.destination?.subset === subset)) {
    throw new EditError('edit-invalid', `${resource.name} already routes to ${host} ${subset}.`);
  }
  const open = destinations.findIndex((d) => sameHost(d) && d.destination?.subset === undefined);
  if (open !== -1)
    return commit(design, editor.set([...routePath, open, 'destination', 'subset'], subset));
  const port = destinations.find(sameHost)?.destination?.port;
  const destination: Record<string, YamlValue> = { host, subset };
  if (port !== undefined && port !== null) destination.port = port as YamlValue;
  const { backend, split } = splitWeights(editor, routePath, { name: host });
  const item: Record<string, YamlValue> = { destination };
  if (backend.weight !== undefined) item.weight = backend.weight;
  return commit(design, [...split, ...editor.add(routePath, item)]);
}
