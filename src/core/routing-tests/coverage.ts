/**
 * Route coverage, as Envoy's router_check_tool reports it: which route entries (here, every
 * match of every rule, and a rule without matches as one entry) the tests exercise, and which
 * none does. Items carry the graph node id and field path so a canvas can mark them.
 */
import type { Design } from '../design/design.ts';
import { formatPath } from '../diagnostics.ts';
import { trafficRules } from '../traffic/index.ts';
import type { SimAnswer } from '../simulate/answer.ts';

export interface CoverageItem {
  /** Resource key of the route. */
  resource: string;
  kind: string;
  namespace: string;
  name: string;
  rule: number;
  /** Index of the match, or -1 for a rule without matches. */
  match: number;
  /** Graph node id of the rule (Gateway API) or http/tcp/tls route (Istio). */
  node: string;
  /** Field path of the match (of the rule when it has none), e.g. `spec.rules[0].matches[1]`. */
  path: string;
  /** Names of the tests that exercise it. */
  tests: string[];
}

export interface Coverage {
  items: CoverageItem[];
  covered: number;
  total: number;
  /** Covered items in percent of all (100 when there is nothing to cover). */
  percent: number;
  /** Rules with at least one covered match, and all rules. */
  rules: { covered: number; total: number };
}

/** Every match entry of every route in the design. */
export function coverageItems(design: Design): CoverageItem[] {
  const items: CoverageItem[] = [];
  for (const resource of design.byKey.values()) {
    for (const rule of trafficRules(resource)) {
      const base = {
        resource: resource.key,
        kind: resource.kind,
        namespace: resource.namespace ?? '',
        name: resource.name,
        rule: rule.index,
        node: rule.id,
      };
      const matches =
        rule.family === 'istio'
          ? (rule.section === 'http' ? rule.httpMatches : rule.l4Matches).map((m) => ({
              index: m.index,
              path: m.path,
            }))
          : (rule.http ?? rule.grpc ?? [])
              .filter((m) => m.index !== -1)
              .map((m) => ({ index: m.index, path: m.path }));
      if (matches.length === 0)
        items.push({ ...base, match: -1, path: formatPath(rule.path), tests: [] });
      for (const m of matches)
        items.push({ ...base, match: m.index, path: formatPath(m.path), tests: [] });
    }
  }
  return items;
}

/** Coverage of the design's routes by the answered tests. */
export function routeCoverage(
  design: Design,
  answered: readonly { name: string; answer: SimAnswer }[],
): Coverage {
  const items = coverageItems(design);
  const byEntry = new Map(items.map((item) => [`${item.node}|${item.match}`, item]));
  for (const { name, answer } of answered) {
    const route = answer.route;
    if (!route) continue;
    const item = byEntry.get(`${route.node}|${route.match}`) ?? byEntry.get(`${route.node}|-1`);
    if (item && !item.tests.includes(name)) item.tests.push(name);
  }
  const covered = items.filter((i) => i.tests.length > 0).length;
  const rules = new Map<string, boolean>();
  for (const item of items)
    rules.set(item.node, (rules.get(item.node) ?? false) || item.tests.length > 0);
  return {
    items,
    covered,
    total: items.length,
    percent: items.length === 0 ? 100 : (100 * covered) / items.length,
    rules: { covered: [...rules.values()].filter(Boolean).length, total: rules.size },
  };
}
