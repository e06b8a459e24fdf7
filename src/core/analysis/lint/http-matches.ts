import { perResource } from '../support/memo.ts';
import type { Resource } from '../../model/resource.ts';
import { asString, field, objectsOf, type PlainObject } from '../support/values.ts';
import { matchPairs, type RouteMatch } from './route-matches.ts';

/** An HTTPRoute match in canonical form: equal keys mean the same requests at the same precedence. */
export interface HttpMatch extends RouteMatch {
  pathType: string;
  path: string;
}

function canonical(route: Resource, rule: number, index: number, match: PlainObject): HttpMatch {
  const pathType = asString(field(match, 'path', 'type')) ?? 'PathPrefix';
  let path = asString(field(match, 'path', 'value')) ?? '/';
  // Prefixes match whole path elements, so `/foo/` and `/foo` select the same requests.
  if (pathType === 'PathPrefix' && path.length > 1) path = path.replace(/\/+$/, '');
  const method = asString(match['method']);
  const headers = matchPairs(match['headers'], true);
  const query = matchPairs(match['queryParams'], false);
  const parts = [`${pathType} ${path}`];
  if (method) parts.push(method);
  if (headers.length) parts.push(`${headers.length} header${headers.length > 1 ? 's' : ''}`);
  if (query.length) parts.push(`${query.length} query param${query.length > 1 ? 's' : ''}`);
  return {
    route,
    rule,
    match: index,
    pathType,
    path,
    key: JSON.stringify([pathType, path, method ?? '', headers, query]),
    label: parts.join(', '),
  };
}

/** Every match of an HTTPRoute; a rule without matches matches `PathPrefix /`. */
function readHttpMatchesOf(route: Resource): HttpMatch[] {
  return objectsOf(field(route.value, 'spec', 'rules')).flatMap(({ item: rule, index: r }) => {
    const matches = objectsOf(rule['matches']);
    if (matches.length === 0) return [canonical(route, r, -1, {})];
    return matches.map(({ item, index }) => canonical(route, r, index, item));
  });
}

/** httpMatchesOf, read once per resource object. */
export const httpMatchesOf = perResource(readHttpMatchesOf);
