/**
 * The part of a design routes are judged against: Gateways, ListenerSets, Services, Namespaces,
 * Secrets, ReferenceGrants, Istio Gateways and DestinationRules; everything but the routes. It is
 * built once and kept while those objects stay the same (edits that change only routes), so the
 * listener topology and each route's attachment are not judged again after every keystroke.
 */
import { attachToParent, type Attachment } from '../analysis/gateway-api/attachment.ts';
import { resolveBackends } from '../analysis/gateway-api/backends.ts';
import { listenersOf, type Listener } from '../analysis/gateway-api/listeners.ts';
import { parentRefsOf, type ParentRef } from '../analysis/gateway-api/parent-refs.ts';
import { buildTopology, type Topology } from '../analysis/gateway-api/topology.ts';
import { createContext, type AnalysisContext } from '../analysis/support/context.ts';
import type { Design } from '../design/design.ts';
import { formatPath } from '../diagnostics.ts';
import { GATEWAY_GROUP, ISTIO_GROUP, isEditorOnly, isGatewayRoute } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';

/** What the status analysis says about one route, as the simulator needs it. */
export interface RouteFacts {
  parents: { ref: ParentRef; attachment: Attachment }[];
  /** Every listener the route attached to, over all its parentRefs. */
  listeners: Listener[];
  /** Backend (and mirror) references that do not resolve, by field path, with the reason. */
  invalidRefs: Map<string, string>;
}

export interface SimEnvironment {
  /** The objects this environment was built from, in design order. */
  readonly resources: readonly Resource[];
  readonly ctx: AnalysisContext;
  readonly topology: Topology;
  /** A Gateway's listeners: its own, then those of the ListenerSets it admits. */
  gatewayListeners(gateway: Resource): readonly Listener[];
  /** Attachment and backend resolution of a route, judged once per route object. */
  routeFacts(route: Resource): RouteFacts;
}

/** A design's resources sorted by role: routes, and the environment they are judged against. */
export interface DesignParts {
  gatewayRoutes: Resource[];
  virtualServices: Resource[];
  environment: Resource[];
}

/** One pass over the design (first definition of each key), in design order. */
export function partsOf(design: Design): DesignParts {
  const parts: DesignParts = { gatewayRoutes: [], virtualServices: [], environment: [] };
  for (const resource of design.byKey.values()) {
    if (isGatewayRoute(resource.kind, resource.group)) parts.gatewayRoutes.push(resource);
    else if (resource.group === ISTIO_GROUP && resource.kind === 'VirtualService')
      parts.virtualServices.push(resource);
    else if (!isEditorOnly(resource.group)) parts.environment.push(resource);
  }
  return parts;
}

function build(design: Design, resources: readonly Resource[]): SimEnvironment {
  const ctx = createContext(design, false);
  const topology = buildTopology(ctx);
  const byGateway = new Map<Resource, Listener[]>();
  const facts = new WeakMap<Resource, RouteFacts>();
  return {
    resources,
    ctx,
    topology,
    gatewayListeners(gateway) {
      let listeners = byGateway.get(gateway);
      if (!listeners) {
        listeners = [...listenersOf(gateway)];
        for (const [set, placement] of topology.placements) {
          if (placement.gateway === gateway && placement.allowed)
            listeners.push(...listenersOf(set));
        }
        byGateway.set(gateway, listeners);
      }
      return listeners;
    },
    routeFacts(route) {
      let known = facts.get(route);
      if (!known) {
        const parents = parentRefsOf(route).map((ref) => ({
          ref,
          attachment: attachToParent(ctx, topology, route, ref),
        }));
        const listeners = [...new Set(parents.flatMap((p) => p.attachment.listeners))];
        const invalidRefs = new Map<string, string>();
        for (const finding of resolveBackends(ctx, route).findings) {
          const key = formatPath(finding.path);
          if (!invalidRefs.has(key)) invalidRefs.set(key, finding.message);
        }
        known = { parents, listeners, invalidRefs };
        facts.set(route, known);
      }
      return known;
    },
  };
}

/** Environments built recently, newest first: designs that differ only in routes share one. */
const recent: SimEnvironment[] = [];
const KEEP = 4;

function sameObjects(a: readonly Resource[], b: readonly Resource[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

/** The environment of a design (`resources`: its environment part), reusing a recent one. */
export function environmentFor(design: Design, resources: readonly Resource[]): SimEnvironment {
  const index = recent.findIndex((env) => sameObjects(env.resources, resources));
  const env = index === -1 ? build(design, resources) : recent[index]!;
  if (index !== 0) {
    if (index > 0) recent.splice(index, 1);
    recent.unshift(env);
    recent.length = Math.min(recent.length, KEEP);
  }
  return env;
}

/** The Gateway API Gateway of a key, if the design has it. */
export function gatewayOf(
  env: SimEnvironment,
  namespace: string,
  name: string,
): Resource | undefined {
  return env.ctx.find(GATEWAY_GROUP, 'Gateway', namespace, name);
}
