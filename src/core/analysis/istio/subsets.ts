import { ISTIO_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { resourceNameOfHost } from '../../mesh/hosts.ts';
import type { AnalysisContext } from '../support/context.ts';
import { asString, field, objectsOf } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { checkedDestinations } from './destinations.ts';
import { virtualServices } from './virtual-service.ts';

/** Subset names defined for each host (istioctl's `ns/name` of GetResourceNameFromHost). */
function subsetsByHost(
  ctx: AnalysisContext,
): Map<string, { rules: Resource[]; names: Set<string> }> {
  const out = new Map<string, { rules: Resource[]; names: Set<string> }>();
  for (const rule of ctx.ofKind(ISTIO_GROUP, 'DestinationRule')) {
    const host = asString(field(rule.value, 'spec', 'host')) ?? '';
    const key = resourceNameOfHost(host, rule.namespace ?? '');
    const entry = out.get(key) ?? { rules: [], names: new Set<string>() };
    entry.rules.push(rule);
    for (const { item } of objectsOf(field(rule.value, 'spec', 'subsets'))) {
      const name = asString(item['name']);
      if (name !== undefined) entry.names.add(name);
    }
    out.set(key, entry);
  }
  return out;
}

/**
 * IST0101 (host+subset), as istioctl's virtualservice DestinationRuleAnalyzer: a destination's
 * subset must be defined by a DestinationRule whose host names the same `ns/name`. Missing when
 * no DestinationRule for the host is in the design, an error when one is and lacks the subset.
 */
export function checkSubsets(ctx: AnalysisContext): Finding[] {
  const defined = subsetsByHost(ctx);
  const findings: Finding[] = [];
  for (const vs of virtualServices(ctx)) {
    for (const d of checkedDestinations(vs)) {
      if (d.subset === undefined || d.subset === '') continue;
      const entry = defined.get(resourceNameOfHost(d.host, vs.namespace ?? ''));
      if (entry?.names.has(d.subset)) continue;
      const what = d.role === 'mirror' ? 'mirror+subset' : 'host+subset';
      const detail = entry
        ? `DestinationRule ${entry.rules.map((r) => `${r.namespace}/${r.name}`).join(', ')} defines ${[...entry.names].join(', ') || 'no subsets'}.`
        : `no DestinationRule for ${d.host} is in this design.`;
      findings.push({
        code: 'vs-subset-not-found',
        severity: entry ? 'error' : ctx.missingSeverity,
        message: `Referenced ${what} in destinationrule not found: "${d.host}+${d.subset}": ${detail}`,
        resource: vs,
        path: [...d.path, 'subset'],
        istioCode: 'IST0101',
      });
    }
  }
  return findings;
}
