/** The traffic model of a Gateway API route: its rules, their matches, filters, split, mirrors. */
import type { FieldPath } from '../diagnostics.ts';
import { at, list, record, text } from '../graph/read.ts';
import type { Resource } from '../model/resource.ts';
import { gatewayTargetRef, type MirrorModel, type TargetRef } from './backend-ref.ts';
import { parseGrpcMatches, type GrpcMatch } from './grpc-match.ts';
import { parseHttpFilters, type HttpFilter } from './http-filters.ts';
import { parseHttpMatches, type HttpMatch } from './http-match.ts';
import { gatewayApiSplit, type Split } from './split.ts';

/** One backendRef of a rule with its weight and share. */
export interface BackendModel extends TargetRef {
  /** Index in `backendRefs`. */
  index: number;
  path: FieldPath;
  /** The weight as written (undefined when omitted). */
  written: unknown;
  /** The weight it counts with. */
  weight: number;
  /** Fraction of the rule's requests it receives. */
  share: number;
  /** Filters of this backendRef only (applied after the rule's). */
  filters: HttpFilter[];
}

/** One rule of an HTTPRoute, GRPCRoute, TLSRoute, TCPRoute or UDPRoute. */
export interface GatewayRuleModel {
  family: 'gateway-api';
  /** The rule's graph node id, `<route key>#rule/<index>`. */
  id: string;
  route: Resource;
  index: number;
  path: FieldPath;
  name?: string;
  /** HTTPRoute matches (defaulted); undefined for other kinds. */
  http?: HttpMatch[];
  /** GRPCRoute matches; undefined for other kinds. */
  grpc?: GrpcMatch[];
  filters: HttpFilter[];
  backends: BackendModel[];
  split: Split;
  /** Rule-level RequestMirror filters, then those of each backendRef. */
  mirrors: MirrorModel[];
  /** `timeouts` (HTTPRoute), `retry` (experimental), `sessionPersistence`, as written. */
  timeouts?: Record<string, unknown>;
  retry?: Record<string, unknown>;
  sessionPersistence?: Record<string, unknown>;
}

const cache = new WeakMap<Resource, readonly GatewayRuleModel[]>();

function parseRule(route: Resource, rule: unknown, index: number): GatewayRuleModel {
  const path: FieldPath = ['spec', 'rules', index];
  const namespace = route.namespace ?? '';
  const refs = list(at(rule, 'backendRefs'));
  const split = gatewayApiSplit(refs.map((ref) => at(ref, 'weight')));
  const backends = refs.map((ref, j): BackendModel => {
    const backendPath = [...path, 'backendRefs', j];
    return {
      ...gatewayTargetRef(ref, namespace),
      index: j,
      path: backendPath,
      written: at(ref, 'weight'),
      weight: split.weights[j]!,
      share: split.shares[j]!,
      filters: parseHttpFilters(at(ref, 'filters'), backendPath, namespace),
    };
  });
  const filters = parseHttpFilters(at(rule, 'filters'), path, namespace);
  const mirrors = [...filters, ...backends.flatMap((b) => b.filters)].flatMap((f) =>
    f.type === 'RequestMirror' ? [f.mirror] : [],
  );
  const model: GatewayRuleModel = {
    family: 'gateway-api',
    id: `${route.key}#rule/${index}`,
    route,
    index,
    path,
    filters,
    backends,
    split,
    mirrors,
  };
  const name = text(at(rule, 'name'));
  if (name !== undefined) model.name = name;
  if (route.kind === 'HTTPRoute') model.http = parseHttpMatches(rule, path);
  if (route.kind === 'GRPCRoute') model.grpc = parseGrpcMatches(rule, path);
  for (const key of ['timeouts', 'retry', 'sessionPersistence'] as const) {
    const value = record(at(rule, key));
    if (value) model[key] = value;
  }
  return model;
}

/** The rules of a Gateway API route, parsed once per resource object. */
export function gatewayRouteRules(route: Resource): readonly GatewayRuleModel[] {
  let rules = cache.get(route);
  if (!rules) {
    rules = list(at(route.value, 'spec', 'rules')).map((rule, i) => parseRule(route, rule, i));
    cache.set(route, rules);
  }
  return rules;
}
