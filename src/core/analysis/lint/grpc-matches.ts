import { perResource } from '../support/memo.ts';
import type { Resource } from '../../model/resource.ts';
import { asString, field, objectsOf, type PlainObject } from '../support/values.ts';
import { matchPairs, type RouteMatch } from './route-matches.ts';

function canonical(route: Resource, rule: number, index: number, match: PlainObject): RouteMatch {
  const type = asString(field(match, 'method', 'type')) ?? 'Exact';
  // An omitted service or method matches all of them, so it is kept apart from any written value.
  const service = asString(field(match, 'method', 'service'));
  const method = asString(field(match, 'method', 'method'));
  const headers = matchPairs(match['headers'], true);
  const written = service !== undefined || method !== undefined;
  const parts = [written ? `${type} ${service ?? '*'}/${method ?? '*'}` : 'any method'];
  if (headers.length) parts.push(`${headers.length} header${headers.length > 1 ? 's' : ''}`);
  return {
    route,
    rule,
    match: index,
    key: JSON.stringify([written ? type : '', service ?? null, method ?? null, headers]),
    label: parts.join(', '),
  };
}

/** Every match of a GRPCRoute; a rule without matches (or with an empty match) matches all RPCs. */
function readGrpcMatchesOf(route: Resource): RouteMatch[] {
  return objectsOf(field(route.value, 'spec', 'rules')).flatMap(({ item: rule, index: r }) => {
    const matches = objectsOf(rule['matches']);
    if (matches.length === 0) return [canonical(route, r, -1, {})];
    return matches.map(({ item, index }) => canonical(route, r, index, item));
  });
}

/** grpcMatchesOf, read once per resource object. */
export const grpcMatchesOf = perResource(readGrpcMatchesOf);
