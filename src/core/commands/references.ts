import type { Design } from '../design/design.ts';
import { formatPath, type Diagnostic, type FieldPath } from '../diagnostics.ts';
import { buildGraph } from '../graph/build.ts';
import type { GraphEdge, GraphEdgeType } from '../graph/types.ts';
import { displayName, type Resource } from '../model/resource.ts';
import { ResourceEditor } from './editor.ts';
import { editDiagnostic } from './result.ts';
import type { FileEdit } from './types.ts';

/** A reference written in a design: the editor of the resource writing it and where. */
export interface WrittenReference {
  editor: ResourceEditor;
  edge: GraphEdge;
  path: FieldPath;
}

/**
 * The references of a design (its graph's edges) that `matches` accepts, each with an editor of
 * the resource that writes it (one editor per resource, so their edits combine).
 */
export function referencesWhere(
  design: Design,
  matches: (edge: GraphEdge) => boolean,
): WrittenReference[] {
  const editors = new Map<string, ResourceEditor>();
  const out: WrittenReference[] = [];
  for (const edge of buildGraph(design).edges) {
    if (!matches(edge)) continue;
    const source = design.byKey.get(edge.source.resource);
    if (!source) continue;
    let editor = editors.get(source.key);
    if (!editor) editors.set(source.key, (editor = new ResourceEditor(design, source)));
    out.push({ editor, edge, path: edge.source.path });
  }
  return out;
}

/** A resource's new name or namespace. */
export interface IdentityChange {
  resource: Resource;
  name?: string;
  namespace?: string;
}

/** References whose API has no namespace field: they always look in their own namespace. */
const LOCAL_ONLY: ReadonlySet<GraphEdgeType> = new Set([
  'policy-target',
  'ca-certificate',
  'grant-to',
]);

/** Edges that do not name an object (subsets are found by host; grants name namespaces). */
const IGNORED: ReadonlySet<GraphEdgeType> = new Set(['subset', 'grant-from']);

/** An Istio host naming a Service (`name`, `name.ns`, `name.ns.svc.cluster.local`) after a change. */
function rewriteHost(host: string, sourceNamespace: string, name?: string, namespace?: string) {
  const labels = host.split('.');
  if (name !== undefined) labels[0] = name;
  if (namespace === undefined) return labels.join('.');
  if (namespace === sourceNamespace) return labels[0]!;
  if (labels.length === 1) return `${labels[0]}.${namespace}.svc.cluster.local`;
  labels[1] = namespace;
  return labels.join('.');
}

/** A VirtualService `gateways` entry (`name` or `ns/name`) after a change. */
function rewriteGatewayEntry(entry: string, sourceNamespace: string, change: IdentityChange) {
  const slash = entry.indexOf('/');
  const namespace = slash === -1 ? undefined : entry.slice(0, slash);
  const [oldName, ...rest] = entry.slice(slash + 1).split('.');
  const name = change.name ?? oldName!;
  const targetNamespace = change.namespace ?? namespace;
  if (targetNamespace !== undefined && targetNamespace !== sourceNamespace) {
    return `${targetNamespace}/${name}`;
  }
  if (namespace !== undefined) return `${namespace}/${name}`;
  return [name, ...(change.namespace === undefined ? rest : [])].join('.');
}

interface Rewrite {
  editor: ResourceEditor;
  edge: GraphEdge;
  path: FieldPath;
}

function incoming({ editor, edge, path }: Rewrite, change: IdentityChange, out: Output): void {
  const value = editor.read(path);
  const sourceNamespace = editor.resource.namespace ?? '';
  if (typeof value === 'string') {
    let next = value;
    if (edge.type === 'istio-gateway') next = rewriteGatewayEntry(value, sourceNamespace, change);
    else if (edge.type === 'destination-rule-host') {
      next = rewriteHost(value, sourceNamespace, change.name, change.namespace);
    } else if (change.namespace !== undefined) {
      out.warn(
        editor.resource,
        path,
        `names objects of its own namespace only: it no longer reaches ${displayName(change.resource)}`,
      );
    } else if (change.name !== undefined) next = change.name;
    if (next !== value) out.edits.push(...editor.set(path, next));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const ref = value as Record<string, unknown>;
  if (typeof ref.host === 'string') {
    const host = rewriteHost(ref.host, sourceNamespace, change.name, change.namespace);
    if (host !== ref.host) out.edits.push(...editor.set([...path, 'host'], host));
    return;
  }
  if (change.name !== undefined && ref.name !== undefined) {
    out.edits.push(...editor.set([...path, 'name'], change.name));
  }
  if (change.namespace === undefined) return;
  if (LOCAL_ONLY.has(edge.type)) {
    out.warn(
      editor.resource,
      path,
      `cannot name another namespace: it no longer reaches ${displayName(change.resource)}`,
    );
    return;
  }
  out.edits.push(...editor.set([...path, 'namespace'], change.namespace, 'name'));
}

/** A reference of the moved resource that relied on its old namespace gets it written out. */
function outgoing({ editor, edge, path }: Rewrite, oldNamespace: string, out: Output): void {
  const value = editor.read(path);
  if (typeof value === 'string') {
    let next = value;
    if (edge.type === 'istio-gateway' && !value.includes('/') && !value.includes('.')) {
      next = `${oldNamespace}/${value}`;
    } else if (edge.type === 'destination-rule-host' && !value.includes('.')) {
      next = `${value}.${oldNamespace}.svc.cluster.local`;
    }
    if (next !== value) out.edits.push(...editor.set(path, next));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const ref = value as Record<string, unknown>;
  if (typeof ref.host === 'string') {
    if (!ref.host.includes('.')) {
      const host = `${ref.host}.${oldNamespace}.svc.cluster.local`;
      out.edits.push(...editor.set([...path, 'host'], host));
    }
    return;
  }
  if (ref.namespace !== undefined) return;
  if (LOCAL_ONLY.has(edge.type)) {
    out.warn(
      editor.resource,
      path,
      `names objects of its own namespace only: it now looks in the new namespace`,
    );
    return;
  }
  out.edits.push(...editor.set([...path, 'namespace'], oldNamespace, 'name'));
}

interface Output {
  edits: FileEdit[];
  diagnostics: Diagnostic[];
  warn(resource: Resource, path: FieldPath, why: string): void;
}

/**
 * The edits that keep references resolving after a resource is renamed or moved: references
 * to it follow it, and (on a move) its own references that relied on its old namespace get that
 * namespace written out. References the API cannot express are reported as warnings.
 */
export function referenceEdits(
  design: Design,
  change: IdentityChange,
): { edits: FileEdit[]; diagnostics: Diagnostic[] } {
  const key = change.resource.key;
  const out: Output = {
    edits: [],
    diagnostics: [],
    warn(resource, path, why) {
      this.diagnostics.push(
        editDiagnostic(
          'edit-unsupported',
          `${displayName(resource)} ${formatPath(path)} ${why}.`,
          resource,
          'warning',
        ),
      );
    },
  };
  const editors = new Map<Resource, ResourceEditor>();
  const seen = new Set<string>();
  for (const edge of buildGraph(design).edges) {
    if (IGNORED.has(edge.type)) continue;
    const isIncoming = edge.to === key || edge.to.startsWith(`${key}#`);
    const isOutgoing = change.namespace !== undefined && edge.source.resource === key;
    // A reference of the resource to itself moves with it.
    if (isIncoming === isOutgoing) continue;
    const source = design.byKey.get(edge.source.resource);
    const id = `${edge.source.resource}|${formatPath(edge.source.path)}`;
    if (!source || seen.has(id)) continue;
    seen.add(id);
    let editor = editors.get(source);
    if (!editor) editors.set(source, (editor = new ResourceEditor(design, source)));
    const rewrite = { editor, edge, path: edge.source.path };
    if (isIncoming) incoming(rewrite, change, out);
    else outgoing(rewrite, change.resource.namespace ?? '', out);
  }
  return { edits: out.edits, diagnostics: out.diagnostics };
}
