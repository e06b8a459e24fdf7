import type { Severity } from '../../diagnostics.ts';
import type { Design } from '../../design/design.ts';
import { CORE_GROUP } from '../../model/kinds.ts';
import { resourceKey, type Resource } from '../../model/resource.ts';
import {
  DEFAULT_GATEWAY_API_TARGET,
  formatGatewayApiTarget,
  type GatewayApiTarget,
} from '../../schemas/gateway-api/target.ts';
import { ALL_KINDS, kindVersions, memoUnit } from './incremental.ts';
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
  /**
   * The result of an analysis unit, reused from an earlier analysis while the kinds it read are
   * unchanged (`incremental.ts`). `compute` gets a context that notes what it reads; the unit of
   * one resource is kept per resource object; `inputs` are other values it depends on (compared by
   * identity). The unit name must say what is computed; the options are part of the key.
   */
  memo<T>(
    unit: string,
    resource: Resource | undefined,
    compute: (ctx: AnalysisContext) => T,
    inputs?: readonly unknown[],
  ): T;
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
  const versions = kindVersions(byKind, design);
  const options = `${missingAsError}/${formatGatewayApiTarget(gatewayApi)}`;
  const ctx: AnalysisContext = {
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
    memo: (unit, resource, compute, inputs) => memo(unit, resource, compute, inputs, undefined),
  };
  /** A unit's result; `outer` is the read set of a unit this one runs inside, if any. */
  const memo: Memo = (unit, resource, compute, inputs = [], outer) =>
    memoUnit(
      versions,
      `${unit}@${options}`,
      resource,
      inputs,
      (touched) => compute(tracking(ctx, touched, memo)),
      outer,
    );
  return ctx;
}

type Memo = <T>(
  unit: string,
  resource: Resource | undefined,
  compute: (ctx: AnalysisContext) => T,
  inputs: readonly unknown[] | undefined,
  outer: Set<string> | undefined,
) => T;

/** The context as a unit sees it: every read notes the kind it reads in `touched`. */
function tracking(ctx: AnalysisContext, touched: Set<string>, memo: Memo): AnalysisContext {
  const namespaces = `${CORE_GROUP}/Namespace`;
  return {
    get design() {
      touched.add(ALL_KINDS);
      return ctx.design;
    },
    missingSeverity: ctx.missingSeverity,
    gatewayApi: ctx.gatewayApi,
    ofKind(group, kind) {
      touched.add(`${group}/${kind}`);
      return ctx.ofKind(group, kind);
    },
    find(group, kind, namespace, name) {
      touched.add(`${group}/${kind}`);
      return ctx.find(group, kind, namespace, name);
    },
    namespaceLabels(namespace) {
      touched.add(namespaces);
      return ctx.namespaceLabels(namespace);
    },
    hasNamespace(namespace) {
      touched.add(namespaces);
      return ctx.hasNamespace(namespace);
    },
    // A unit inside a unit: what the inner one read (now or when it was cached), the outer read.
    memo: (unit, resource, compute, inputs) => memo(unit, resource, compute, inputs, touched),
  };
}
