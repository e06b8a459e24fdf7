import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { findConflicts } from './conflicts.ts';
import { evaluateListener, type ListenerEvaluation } from './listener-status.ts';
import { listenerSetAdmission, listenerSetGateway, listenerSetsOf } from './listener-sets.ts';
import { listenersOf, type Listener } from './listeners.ts';

/** Whether a ListenerSet's Gateway is in the design and admits it. */
export interface ListenerSetPlacement {
  gateway: Resource | undefined;
  allowed: boolean;
  why: string;
}

/** Every Gateway API listener of the design, judged, with the ListenerSets placed. */
export interface Topology {
  evaluations: Map<Listener, ListenerEvaluation>;
  placements: Map<Resource, ListenerSetPlacement>;
  /** Routes attached to each listener (filled in by route attachment). */
  attachedRoutes: Map<Listener, number>;
}

/**
 * Judges listeners per Gateway over the merged set (the Gateway's own listeners, then those of
 * admitted ListenerSets), since distinctness is a property of the whole set.
 */
export function buildTopology(ctx: AnalysisContext): Topology {
  const topology: Topology = {
    evaluations: new Map(),
    placements: new Map(),
    attachedRoutes: new Map(),
  };
  const evaluateAll = (listeners: Listener[], gateway: Resource | undefined) => {
    const conflicts = findConflicts(listeners);
    for (const listener of listeners) {
      const conflict = conflicts.get(listener);
      topology.evaluations.set(listener, evaluateListener(ctx, listener, conflict, gateway));
    }
  };
  for (const gateway of ctx.ofKind(GATEWAY_GROUP, 'Gateway')) {
    const merged = [...listenersOf(gateway)];
    for (const set of listenerSetsOf(ctx, gateway)) {
      const admission = listenerSetAdmission(ctx, gateway, set);
      topology.placements.set(set, { gateway, ...admission });
      if (admission.allowed) merged.push(...listenersOf(set));
      else evaluateAll(listenersOf(set), undefined);
    }
    evaluateAll(merged, gateway);
  }
  for (const set of ctx.ofKind(GATEWAY_GROUP, 'ListenerSet')) {
    if (topology.placements.has(set)) continue;
    const gateway = listenerSetGateway(ctx, set);
    topology.placements.set(set, {
      gateway,
      allowed: false,
      why: 'its parent Gateway is not in this design',
    });
    evaluateAll(listenersOf(set), undefined);
  }
  return topology;
}
