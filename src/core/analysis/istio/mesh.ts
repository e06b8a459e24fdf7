import { CORE_GROUP, ISTIO_GROUP } from '../../model/kinds.ts';
import type { HostRegistry } from '../../mesh/hosts.ts';
import { selects, type Labels } from '../../mesh/labels.ts';
import { meshRegistry, type MeshService } from '../../mesh/services.ts';
import { WORKLOAD_KINDS, workloadOf, type Workload } from '../../mesh/workloads.ts';
import type { AnalysisContext } from '../support/context.ts';

/** What the Istio analyzers know of the mesh: its hosts and the design's workloads. */
export interface MeshView {
  hosts: HostRegistry<MeshService>;
  /** Pods, then the pod templates of controllers, each kind in design order. */
  workloads: readonly Workload[];
}

const cache = new WeakMap<AnalysisContext, MeshView>();

/** The mesh of one analysis, built once. */
export function meshOf(ctx: AnalysisContext): MeshView {
  let view = cache.get(ctx);
  if (!view) {
    // Read by kind, not through the whole design, so the unit is reused while no workload
    // changes (incremental analysis tracks the kinds a unit reads).
    const workloads: Workload[] = [];
    for (const [group, kind] of WORKLOAD_KINDS) {
      const seen = new Set<string>();
      for (const resource of ctx.ofKind(group, kind)) {
        // A duplicate key is reported by the design; its first definition is the one used.
        if (seen.has(resource.key)) continue;
        seen.add(resource.key);
        const workload = workloadOf(resource);
        if (workload) workloads.push(workload);
      }
    }
    view = {
      hosts: meshRegistry(
        ctx.ofKind(CORE_GROUP, 'Service'),
        ctx.ofKind(ISTIO_GROUP, 'ServiceEntry'),
      ),
      workloads,
    };
    cache.set(ctx, view);
  }
  return view;
}

/** The workloads whose labels `selector` selects. */
export function selectedWorkloads(mesh: MeshView, selector: Labels): Workload[] {
  return mesh.workloads.filter((w) => selects(selector, w.labels));
}
