import type { Resource } from '../../model/resource.ts';
import { asString, objectsOf } from '../support/values.ts';

/** One match of a route rule in canonical form, whatever the route kind. */
export interface RouteMatch {
  route: Resource;
  rule: number;
  /** Index in `matches`, or -1 for a rule without matches (which matches everything). */
  match: number;
  /** Canonical text of the whole match; equal for matches that select the same requests. */
  key: string;
  /** Short text for messages, e.g. `PathPrefix /api, GET, 1 header`. */
  label: string;
}

/** Sorted `name=type:value` pairs of header or query param matches; `type` defaults to Exact. */
export function matchPairs(list: unknown, lowerNames: boolean): string[] {
  return objectsOf(list)
    .map(({ item }) => {
      const name = asString(item['name']) ?? '';
      return `${lowerNames ? name.toLowerCase() : name}=${asString(item['type']) ?? 'Exact'}:${asString(item['value']) ?? ''}`;
    })
    .sort();
}

/** Field path of a match: the rule itself when it has no matches. */
export function matchPath(m: RouteMatch): (string | number)[] {
  return m.match === -1 ? ['spec', 'rules', m.rule] : ['spec', 'rules', m.rule, 'matches', m.match];
}

/** `rules[i]` or `rules[i].matches[j]`, for messages. */
export function matchName(m: RouteMatch): string {
  return m.match === -1 ? `rules[${m.rule}]` : `rules[${m.rule}].matches[${m.match}]`;
}
