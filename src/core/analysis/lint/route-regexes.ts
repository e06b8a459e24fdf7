import type { FieldPath } from '../../diagnostics.ts';
import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { re2Problem } from '../support/re2.ts';
import { asString, field, objectsOf } from '../support/values.ts';
import { perResource } from '../support/memo.ts';
import type { Finding } from '../types.ts';

function regexesOf(route: Resource): { re: string; path: FieldPath }[] {
  const out: { re: string; path: FieldPath }[] = [];
  const add = (value: unknown, path: FieldPath) => {
    if (asString(field(value, 'type')) !== 'RegularExpression') return;
    const re = asString(field(value, 'value'));
    if (re !== undefined) out.push({ re, path: [...path, 'value'] });
  };
  for (const { item: rule, index: r } of objectsOf(field(route.value, 'spec', 'rules'))) {
    for (const { item: match, index: m } of objectsOf(rule['matches'])) {
      const base = ['spec', 'rules', r, 'matches', m];
      add(match['path'], [...base, 'path']);
      for (const list of ['headers', 'queryParams'] as const) {
        for (const { item, index } of objectsOf(match[list])) add(item, [...base, list, index]);
      }
    }
  }
  return out;
}

/**
 * HTTPRoute regular expressions RE2 rejects. Regex matching is implementation-specific in the
 * Gateway API, but Envoy-based implementations (most of them) use RE2.
 */
export function checkRouteRegexes(ctx: AnalysisContext): Finding[] {
  return ctx.ofKind(GATEWAY_GROUP, 'HTTPRoute').flatMap(regexFindings);
}

/** The invalid regular expressions of one route (a function of the route alone). */
const regexFindings = perResource((route: Resource): Finding[] =>
  regexesOf(route).flatMap(({ re, path }): Finding[] => {
    const problem = re2Problem(re);
    if (problem === undefined) return [];
    return [
      {
        code: 'invalid-regex',
        severity: 'warning',
        message: `Regular expression ${JSON.stringify(re)} is not valid RE2, which Envoy-based implementations use: ${problem}.`,
        resource: route,
        path,
      },
    ];
  }),
);
