import type { Document, YAMLMap } from 'yaml';
import type { FieldPath } from '../diagnostics.ts';
import type { Family, KindInfo } from './kinds.ts';

/** What makes a resource unique in a cluster. `namespace` is undefined for cluster-scoped kinds. */
export interface ResourceIdentity {
  group: string;
  kind: string;
  namespace: string | undefined;
  name: string;
}

/**
 * One Kubernetes object of the design. Resources are immutable: an edit produces new objects
 * for the documents it touched and keeps the others (so caches keyed by object stay valid).
 */
export interface Resource extends ResourceIdentity {
  /** Stable identity key: `group/kind/namespace/name` (namespace empty when cluster-scoped). */
  key: string;
  apiVersion: string;
  version: string;
  family: Family;
  known: KindInfo | undefined;
  /** True when metadata.namespace was written; false when the default namespace was applied. */
  namespaceExplicit: boolean;
  file: string;
  /** The segment (one `---` block) of the file that holds the resource. */
  segmentId: number;
  /** Index of the yaml Document inside that segment (a segment usually holds one). */
  docIndex: number;
  /** Path from the document root to the resource object: `[]`, or `['items', 3]` in a List. */
  basePath: FieldPath;
  /** The resource's yaml node: positions and comments live here. */
  node: YAMLMap;
  doc: Document.Parsed;
  /** The resource as plain data (what `kubectl` would send). */
  value: Record<string, unknown>;
}

export function resourceKey(id: ResourceIdentity): string {
  return `${id.group}/${id.kind}/${id.namespace ?? ''}/${id.name}`;
}

/** `Kind ns/name` or `Kind name`, as people read it. */
export function displayName(id: ResourceIdentity): string {
  return id.namespace === undefined
    ? `${id.kind} ${id.name}`
    : `${id.kind} ${id.namespace}/${id.name}`;
}
