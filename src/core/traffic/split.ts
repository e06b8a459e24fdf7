/**
 * Weights and shares: how each family turns the weights written on a rule's backends into the
 * fraction of the rule's traffic each backend receives. Every view that shows a share (canvas
 * edges, inspector, lint, analyzer, simulator, flows) reads it from here.
 */

/** The routing families whose weights this model knows. */
export type TrafficFamily = 'gateway-api' | 'istio';

/** Gateway API: an omitted weight is 1 (HTTPBackendRef `weight`, default 1). */
export const GATEWAY_API_DEFAULT_WEIGHT = 1;
/** Gateway API: the largest weight the CRD accepts. */
export const GATEWAY_API_MAX_WEIGHT = 1_000_000;
/**
 * Istio: the largest weight istiod's validation accepts per destination (`ValidatePercent`;
 * older releases also required the weights of a route to add up to 100).
 */
export const ISTIO_MAX_WEIGHT = 100;

/** Why no backend of a rule gets traffic. */
export type NoTraffic = 'no-backends' | 'all-zero';

/** The traffic split of one rule: weights with defaults applied and each backend's share. */
export interface Split {
  /** The weight each backend counts with, in backend order. */
  weights: number[];
  /** Fraction of the rule's requests each backend receives (0..1); they add up to 1 unless `noTraffic`. */
  shares: number[];
  /** Sum of `weights` that take part in the split. */
  total: number;
  /** Set when no backend receives any request (the rule answers with an error instead). */
  noTraffic?: NoTraffic;
}

/** A Gateway API backend weight as it counts: written whole numbers ≥ 0, else the default 1. */
export function gatewayApiWeight(written: unknown): number {
  return typeof written === 'number' && Number.isInteger(written) && written >= 0
    ? written
    : GATEWAY_API_DEFAULT_WEIGHT;
}

/**
 * An Istio destination weight as it counts. The field is a proto3 `int32`, so an unset weight is
 * 0, exactly like `weight: 0`; negative or non-numeric values (rejected by istiod) count as 0 too.
 */
export function istioWeight(written: unknown): number {
  return typeof written === 'number' && Number.isFinite(written) && written > 0
    ? Math.floor(written)
    : 0;
}

function proportional(weights: number[]): Split {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (weights.length === 0) return { weights, shares: [], total, noTraffic: 'no-backends' };
  if (total === 0) return { weights, shares: weights.map(() => 0), total, noTraffic: 'all-zero' };
  return { weights, shares: weights.map((w) => w / total), total };
}

/**
 * Gateway API (HTTPBackendRef `weight`): each backend gets `weight / sum of weights`; weights are
 * relative, not percentages, and need not add up to 100. 0 means no traffic; when every weight is
 * 0 no backend is chosen and the rule answers 500.
 */
export function gatewayApiSplit(written: readonly unknown[]): Split {
  return proportional(written.map(gatewayApiWeight));
}

/**
 * Istio (`HTTPRouteDestination.weight`, "the relative proportion of traffic"), as istiod
 * translates it (istio/istio `pilot/pkg/networking/core/route/route.go`,
 * `applyHTTPRouteDestination`): a route with one destination sends it all traffic whatever its
 * weight; with several, destinations whose weight is 0, which includes an unset weight, are left
 * out of Envoy's weighted clusters ("Ignore 0 weighted clusters if there are other clusters in the
 * route"), and the rest share the traffic in proportion to their weights. So `[90, <none>]` is
 * 100 % / 0 %. When every weight is 0 the weighted cluster list is empty: istiod rejects such a
 * route ("total destination weight" validation) and no destination is reachable.
 */
export function istioSplit(written: readonly unknown[]): Split {
  const weights = written.map(istioWeight);
  if (weights.length === 1) return { weights, shares: [1], total: weights[0]! };
  return proportional(weights);
}

/** The split of one rule's backends for a family. */
export function splitWeights(family: TrafficFamily, written: readonly unknown[]): Split {
  return family === 'istio' ? istioSplit(written) : gatewayApiSplit(written);
}

/**
 * A share as people read it: `90%`, `33.3%`; shares too small or too close to 1 to show at one
 * decimal say so (`<0.1%`, `>99.9%`) rather than round to a misleading 0 or 100.
 */
export function formatShare(share: number): string {
  const percent = share * 100;
  if (Number.isInteger(percent)) return `${percent}%`;
  if (percent > 0 && percent < 0.05) return '<0.1%';
  if (percent < 100 && percent > 99.95) return '>99.9%';
  const rounded = Math.round(percent * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)}%`;
}
