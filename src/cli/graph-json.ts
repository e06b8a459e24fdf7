import type { Diagnostic } from '../core/diagnostics.ts';
import { formatPath } from '../core/diagnostics.ts';
import type { Design } from '../core/design/design.ts';
import type { Graph } from '../core/graph/types.ts';
import { resourceLines } from './resource-lines.ts';

/** `graph --json` output. Fields may be added over time; existing ones are never renamed. */
export interface GraphJson {
  resources: {
    apiVersion: string;
    kind: string;
    /** Absent for cluster-scoped kinds. */
    namespace?: string;
    name: string;
    file: string;
    line: number;
    key: string;
  }[];
  nodes: {
    id: string;
    type: string;
    family: string;
    group: string;
    kind: string;
    namespace?: string;
    name: string;
    label: string;
    parent?: string;
    /** Where a part is written inside its resource, e.g. `spec.listeners[0]`. */
    path?: string;
  }[];
  edges: {
    id: string;
    from: string;
    to: string;
    type: string;
    weight?: number;
    /** Fraction of the rule's requests the edge carries (backend, destination, mirror). */
    share?: number;
    crossNamespace?: boolean;
    /** The resource key and field that make the reference. */
    source: { resource: string; path: string };
  }[];
  diagnostics: Diagnostic[];
}

/** The JSON document `graph --json` prints. */
export function graphJson(
  design: Design,
  graph: Graph,
  diagnostics: readonly Diagnostic[],
): GraphJson {
  const lines = resourceLines(design);
  return {
    resources: design.resources.map((r) => ({
      apiVersion: r.apiVersion,
      kind: r.kind,
      namespace: r.namespace,
      name: r.name,
      file: r.file,
      line: lines.get(r) ?? 1,
      key: r.key,
    })),
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      type: n.type,
      family: n.family,
      group: n.group,
      kind: n.kind,
      namespace: n.namespace,
      name: n.name,
      label: n.label,
      parent: n.parent,
      path: n.path && formatPath(n.path),
    })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      from: e.from,
      to: e.to,
      type: e.type,
      weight: e.weight,
      share: e.share,
      crossNamespace: e.crossNamespace,
      source: { resource: e.source.resource, path: formatPath(e.source.path) },
    })),
    diagnostics: [...diagnostics],
  };
}
