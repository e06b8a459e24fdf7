import type { AnalysisContext } from '../support/context.ts';
import {
  asObject,
  asString,
  field,
  objectsOf,
  plainEqual,
  type PlainObject,
} from '../support/values.ts';
import type { Finding } from '../types.ts';
import { virtualServices } from './virtual-service.ts';

/** A match condition without its `name`, which does not affect matching. */
function condition(match: PlainObject): PlainObject {
  const { name: _name, ...rest } = match;
  return rest;
}

/** Whether a match condition matches every request: empty, `prefix: /` or `regex: .*` only. */
function matchesEverything(match: PlainObject): boolean {
  const rest = condition(match);
  const keys = Object.keys(rest);
  if (keys.length === 0) return true;
  if (keys.length !== 1 || keys[0] !== 'uri') return false;
  const uri = asObject(rest['uri']);
  return asString(uri?.['prefix']) === '/' || asString(uri?.['regex']) === '.*';
}

/**
 * IST0130 and IST0131: http rules after a catch-all rule are never used, and match conditions
 * that repeat one of an earlier rule never win.
 */
export function checkUnreachableRules(ctx: AnalysisContext): Finding[] {
  const findings: Finding[] = [];
  for (const vs of virtualServices(ctx)) {
    const rules = objectsOf(field(vs.value, 'spec', 'http'));
    let catchAll: number | undefined;
    const earlier: { rule: number; match: PlainObject }[] = [];
    for (const { item: rule, index } of rules) {
      const matches = objectsOf(rule['match']);
      if (catchAll !== undefined) {
        findings.push({
          code: 'vs-rule-unreachable',
          severity: 'warning',
          message: `http[${index}] is never used: http[${catchAll}] before it matches every request.`,
          resource: vs,
          path: ['spec', 'http', index],
          istioCode: 'IST0130',
        });
        continue;
      }
      for (const { item: match, index: m } of matches) {
        const duplicate = earlier.find((e) => plainEqual(condition(e.match), condition(match)));
        if (!duplicate) continue;
        findings.push({
          code: 'vs-match-ineffective',
          severity: 'info',
          message: `http[${index}].match[${m}] is never used: http[${duplicate.rule}] has the same match and comes first.`,
          resource: vs,
          path: ['spec', 'http', index, 'match', m],
          istioCode: 'IST0131',
        });
      }
      earlier.push(...matches.map(({ item }) => ({ rule: index, match: item })));
      if (matches.length === 0 || matches.some(({ item }) => matchesEverything(item)))
        catchAll = index;
    }
  }
  return findings;
}
