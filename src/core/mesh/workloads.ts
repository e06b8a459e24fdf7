import type { FieldPath } from '../diagnostics.ts';
import { field } from '../analysis/support/values.ts';
import { APPS_GROUP, CORE_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { labelsOf, type Labels } from './labels.ts';

/**
 * Pods a design declares: Pod objects, and the pod templates of the workload controllers (a
 * Deployment stands for the pods it makes, which is what a cluster would show `istioctl`).
 */
export interface Workload {
  resource: Resource;
  namespace: string;
  /** The Pod's name, or the controller's for a template. */
  name: string;
  labels: Labels;
}

/** Where each kind keeps its pods' metadata. */
const POD_METADATA = new Map<string, FieldPath>([
  [`${CORE_GROUP}/Pod`, ['metadata']],
  ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'].map(
    (kind) => [`${APPS_GROUP}/${kind}`, ['spec', 'template', 'metadata']] as const,
  ),
]);

/** The kinds that stand for pods, as `[group, kind]`: Pods first, then the controllers. */
export const WORKLOAD_KINDS: readonly (readonly [string, string])[] = [...POD_METADATA.keys()].map(
  (groupKind) => {
    const slash = groupKind.indexOf('/');
    return [groupKind.slice(0, slash), groupKind.slice(slash + 1)] as const;
  },
);

/** Whether a resource is a Pod or a workload controller. */
export function isWorkload(resource: Resource): boolean {
  return POD_METADATA.has(`${resource.group}/${resource.kind}`);
}

const cache = new WeakMap<Resource, Workload>();

/** The workload a Pod or controller stands for (undefined for other kinds). */
export function workloadOf(resource: Resource): Workload | undefined {
  const path = POD_METADATA.get(`${resource.group}/${resource.kind}`);
  if (!path) return undefined;
  let workload = cache.get(resource);
  if (!workload) {
    const labels = labelsOf(field(resource.value, ...(path as string[]), 'labels'));
    workload = { resource, namespace: resource.namespace ?? '', name: resource.name, labels };
    cache.set(resource, workload);
  }
  return workload;
}
