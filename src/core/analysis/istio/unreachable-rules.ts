import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { asString, field, objectsOf, plainEqual, type PlainObject } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { virtualServices } from './virtual-service.ts';

const SECTIONS = ['http', 'tcp', 'tls'] as const;
type Section = (typeof SECTIONS)[number];

/** A match condition without its `name`, which does not affect matching. */
function condition(match: PlainObject): PlainObject {
  const { name: _name, ...rest } = match;
  return rest;
}

/** `name` when the rule (or match) has one, else `#index`, as Istio's messages name them. */
function label(item: PlainObject, index: number): string {
  return asString(item['name']) || `#${index}`;
}

/**
 * Istio's analyzeUnreachable{HTTP,TCP,TLS}Rules for one section: a rule without matches before
 * the last one, an http rule after such a rule, a rule whose every match an earlier rule has,
 * and each match that repeats an earlier one.
 */
function sectionFindings(vs: Resource, section: Section): Finding[] {
  const findings: Finding[] = [];
  const rules = objectsOf(field(vs.value, 'spec', section));
  const seen: { match: PlainObject; rule: number; label: string }[] = [];
  let catchAll: number | undefined;
  const unreachable = (rule: PlainObject, index: number, reason: string) =>
    findings.push({
      code: 'vs-rule-unreachable',
      severity: 'warning',
      message: `VirtualService rule ${label(rule, index)} not used (${reason}).`,
      resource: vs,
      path: ['spec', section, index],
      istioCode: 'IST0130',
    });
  for (const { item: rule, index } of rules) {
    const matches = objectsOf(rule['match']);
    if (matches.length === 0) {
      if (catchAll !== undefined)
        unreachable(rule, index, 'only the last rule can have no matches');
      catchAll = index;
      continue;
    }
    if (section === 'http' && catchAll !== undefined) {
      unreachable(rule, index, 'route without matches defined before');
      continue;
    }
    let duplicates = 0;
    for (const { item: match, index: m } of matches) {
      const written = section === 'http' ? condition(match) : match;
      const earlier = seen.find((s) => plainEqual(s.match, written));
      if (!earlier) {
        seen.push({ match: written, rule: index, label: label(rule, index) });
        continue;
      }
      duplicates++;
      findings.push({
        code: 'vs-match-ineffective',
        severity: 'info',
        message: `VirtualService rule ${label(rule, index)} match ${label(match, m)} is not used (duplicate/overlapping match in rule ${earlier.label}).`,
        resource: vs,
        path: ['spec', section, index, 'match', m],
        istioCode: 'IST0131',
      });
    }
    if (duplicates === matches.length) unreachable(rule, index, 'all matches used by prior rules');
  }
  return findings;
}

/**
 * IST0130 and IST0131 for http, tcp and tls rules, as Istio's VirtualService validation reports
 * them to istioctl analyze. Only a rule without `match` catches everything: Istio does not
 * treat `prefix: /` as a catch-all.
 */
export function checkUnreachableRules(ctx: AnalysisContext): Finding[] {
  return virtualServices(ctx).flatMap((vs) => SECTIONS.flatMap((s) => sectionFindings(vs, s)));
}
