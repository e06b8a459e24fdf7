import type { FieldPath } from '../../diagnostics.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { asString, field, objectsOf, plainEqual, type PlainObject } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { prefixCovers, prefixMatch, type PrefixMatch } from './prefix-overlaps.ts';
import { virtualServices } from './virtual-service.ts';

const SECTIONS = ['http', 'tcp', 'tls'] as const;
type Section = (typeof SECTIONS)[number];

/** A match condition without its `name`, which does not affect matching. */
function condition(match: PlainObject): PlainObject {
  const { name: _name, ...rest } = match;
  return rest;
}

/** `"name"` when an http rule (or match) has one, else `#index`, as Istio's messages name them. */
function label(section: Section, item: PlainObject, index: number): string {
  const name = section === 'http' ? asString(item['name']) : undefined;
  return name ? JSON.stringify(name) : `#${index}`;
}

function ineffective(vs: Resource, path: FieldPath, rule: string, match: string, dup: string) {
  return {
    code: 'vs-match-ineffective',
    severity: 'info' as const,
    message: `VirtualService rule ${rule} match ${match} is not used (duplicate/overlapping match in rule ${dup}).`,
    resource: vs,
    path,
    istioCode: 'IST0131',
  };
}

/** Later http prefix matches that an earlier one covers (Istio's coveredValidation). */
function prefixOverlaps(vs: Resource, matches: readonly PrefixMatch[]): Finding[] {
  const findings: Finding[] = [];
  matches.forEach((a, i) => {
    for (const b of matches.slice(i + 1)) {
      if (b.prefix === a.prefix || !prefixCovers(a, b)) continue;
      const dup = `${a.match} of prefix ${a.prefix} on ${a.rule}`;
      findings.push(ineffective(vs, b.path, b.rule, `${b.match} of prefix ${b.prefix}`, dup));
    }
  });
  return findings;
}

/**
 * Istio's analyzeUnreachable{HTTP,TCP,TLS}Rules for one section: a rule without matches before
 * the last one, a rule after such a rule, a rule whose every match an earlier rule has, each
 * match that repeats an earlier one, and (http) prefix matches an earlier prefix covers.
 */
function sectionFindings(vs: Resource, section: Section): Finding[] {
  const findings: Finding[] = [];
  const rules = objectsOf(field(vs.value, 'spec', section));
  const seen: { match: PlainObject; label: string }[] = [];
  const prefixes: PrefixMatch[] = [];
  let catchAll: number | undefined;
  const unreachable = (rule: PlainObject, index: number, reason: string) =>
    findings.push({
      code: 'vs-rule-unreachable',
      severity: 'warning',
      message: `VirtualService rule ${label(section, rule, index)} not used (${reason}).`,
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
    if (catchAll !== undefined) {
      // Istio reports this for each match; the messages are the same, so it prints one.
      unreachable(rule, index, 'route without matches defined before');
      continue;
    }
    const ruleLabel = label(section, rule, index);
    let duplicates = 0;
    for (const { item: match, index: m } of matches) {
      const written = section === 'http' ? condition(match) : match;
      const path = ['spec', section, index, 'match', m];
      const earlier = seen.find((s) => plainEqual(s.match, written));
      if (earlier) {
        duplicates++;
        findings.push(ineffective(vs, path, ruleLabel, label(section, match, m), earlier.label));
        continue;
      }
      seen.push({ match: written, label: ruleLabel });
      const prefix =
        section === 'http'
          ? prefixMatch(match, { rule: ruleLabel, match: label(section, match, m) }, path)
          : undefined;
      if (prefix) prefixes.push(prefix);
    }
    if (duplicates === matches.length) unreachable(rule, index, 'all matches used by prior rules');
  }
  return [...findings, ...prefixOverlaps(vs, prefixes)];
}

/**
 * IST0130 and IST0131 for http, tcp and tls rules, as Istio's VirtualService validation reports
 * them to istioctl analyze. Only a rule without `match` catches everything: Istio does not
 * treat `prefix: /` as a catch-all.
 */
export function checkUnreachableRules(ctx: AnalysisContext): Finding[] {
  return virtualServices(ctx).flatMap((vs) => SECTIONS.flatMap((s) => sectionFindings(vs, s)));
}
