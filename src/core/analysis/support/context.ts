import type { Severity } from '../../diagnostics.ts';
import type { Design } from '../../design/design.ts';
import { CORE_GROUP } from '../../model/kinds.ts';
import { resourceKey, type Resource } from '../../model/resource.ts';
import {
  DEFAULT_GATEWAY_API_TARGET,
  type GatewayApiTarget,
} from '../../schemas/gateway-api/target.ts';
import { labelText } from './labels.ts';
import { asObject, field } from './values.ts';

/** What every rule reads: the design, indexed once per analysis. */
export interface AnalysisContext {
  design: Design;
  /** Severity for references to objects that are not in the design. */
  missingSeverity: Severity;
  /** The Gateway API release and channel the design targets. */
  gatewayApi: GatewayApiTarget;
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

export function createContext(
  design: Design,
  missingAsError: boolean,
  gatewayApi: GatewayApiTarget = DEFAULT_GATEWAY_API_TARGET,
): AnalysisContext {
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
    gatewayApi,
    ofKind: (group, kind) => byKind.get(`${group}/${kind}`) ?? [],
    find,
    namespaceLabels(namespace) {
      // Keys are the user's: a record without a prototype, so `constructor` is only a label.
      const labels = Object.create(null) as Record<string, string>;
      const object = find(CORE_GROUP, 'Namespace', undefined, namespace);
      const written = asObject(field(object?.value, 'metadata', 'labels')) ?? {};
      for (const [k, v] of Object.entries(written)) {
        const text = labelText(v);
        if (text !== undefined) labels[k] = text;
      }
      labels['kubernetes.io/metadata.name'] = namespace;
      return labels;
    },
    hasNamespace: (namespace) => find(CORE_GROUP, 'Namespace', undefined, namespace) !== undefined,
  };
}
