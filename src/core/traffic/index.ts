/**
 * The traffic model: what a design's routes mean for requests. Matches, precedence, weights and
 * shares, mirrors and filters are parsed here once per resource object; the canvas, inspector,
 * lint, analyzer, simulator and flows all read them from this layer.
 */
import { ISTIO_GROUP, isGatewayRoute } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { gatewayRouteRules, type GatewayRuleModel } from './gateway-rules.ts';
import { istioRoutes, type IstioRouteModel } from './istio-routes.ts';

export type { BackendModel, GatewayRuleModel } from './gateway-rules.ts';
export type { IstioDestinationModel, IstioRouteModel, IstioSection } from './istio-routes.ts';
export type { MirrorModel, TargetRef } from './backend-ref.ts';
export { formatShare, splitWeights, type Split, type TrafficFamily } from './split.ts';

/** A rule that sends traffic: a Gateway API route rule or an Istio http/tcp/tls route. */
export type TrafficRule = GatewayRuleModel | IstioRouteModel;

/** The rules of a route resource (none for other kinds), parsed once per resource object. */
export function trafficRules(resource: Resource): readonly TrafficRule[] {
  if (isGatewayRoute(resource.kind, resource.group)) return gatewayRouteRules(resource);
  if (resource.group === ISTIO_GROUP && resource.kind === 'VirtualService')
    return istioRoutes(resource);
  return [];
}

/** One backend of a rule as every view shows it: where it is written, its weight and share. */
export interface BackendShare {
  /** Where the backendRef or `route[]` entry is written. */
  path: readonly (string | number)[];
  written: unknown;
  weight: number;
  share: number;
}

/** The backends of a rule with their shares, whichever the family. */
export function backendShares(rule: TrafficRule): BackendShare[] {
  const backends = rule.family === 'istio' ? rule.destinations : rule.backends;
  return backends.map(({ path, written, weight, share }) => ({ path, written, weight, share }));
}
