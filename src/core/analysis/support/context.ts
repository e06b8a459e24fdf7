import type { Severity } from '../../diagnostics.ts';
import type { Design } from '../../design/design.ts';
import { CORE_GROUP } from '../../model/kinds.ts';
import { resourceKey, type Resource } from '../../model/resource.ts';
import { asObject, field } from './values.ts';

/** What every rule reads: the design, indexed once per analysis. */
export interface AnalysisContext {
  design: Design;
  /** Severity for references to objects that are not in the design. */
  missingSeverity: Severity;
  /** Resources of one group and kind (first definition of each key), in design order. */
  ofKind(group: string, kind: string): readonly Resource[];
  find(
    group: string,
    kind: string,
    namespace: string | undefined,
    name: string,
  ): Resource | undefined;
  /** A namespace's labels, including the `kubernetes.io/metadata.name` label the API server adds. */
  namespaceLabels(namespace: string): Record<string, string>;
  /** Whether a Namespace object of that name is in the design. */
  hasNamespace(namespace: string): boolean;
}

export function createContext(design: Design, missingAsError: boolean): AnalysisContext {
  const byKind = new Map<string, Resource[]>();
  for (const resource of design.byKey.values()) {
    const key = `${resource.group}/${resource.kind}`;
    const list = byKind.get(key);
    if (list) list.push(resource);
    else byKind.set(key, [resource]);
  }
  const find = (group: string, kind: string, namespace: string | undefined, name: string) =>
    design.byKey.get(resourceKey({ group, kind, namespace, name }));
  return {
    design,
    missingSeverity: missingAsError ? 'error' : 'warning',
    ofKind: (group, kind) => byKind.get(`${group}/${kind}`) ?? [],
    find,
    namespaceLabels(namespace) {
      const labels: Record<string, string> = {};
      const object = find(CORE_GROUP, 'Namespace', undefined, namespace);
      const written = asObject(field(object?.value, 'metadata', 'labels')) ?? {};
      for (const [k, v] of Object.entries(written)) labels[k] = String(v);
      labels['kubernetes.io/metadata.name'] = namespace;
      return labels;
    },
    hasNamespace: (namespace) => find(CORE_GROUP, 'Namespace', undefined, namespace) !== undefined,
  };
}
