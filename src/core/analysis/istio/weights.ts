import type { Resource } from '../../model/resource.ts';
import { asNumber, field, objectsOf } from '../support/values.ts';
import type { Finding } from '../types.ts';

/**
 * VirtualService routes whose destination weights do not add up to 100. Recent Istio versions
 * scale the weights, older ones reject the resource; either way the written numbers are not
 * the percentages a reader assumes.
 */
export function checkWeights(vs: Resource): Finding[] {
  const findings: Finding[] = [];
  for (const section of ['http', 'tcp', 'tls'] as const) {
    for (const { item: rule, index } of objectsOf(field(vs.value, 'spec', section))) {
      const routes = objectsOf(rule['route']);
      const weights = routes.map(({ item }) => asNumber(item['weight']));
      if (routes.length < 2 || weights.every((w) => w === undefined)) continue;
      const total = weights.reduce<number>((sum, w) => sum + (w ?? 0), 0);
      if (total === 100) continue;
      findings.push({
        code: 'vs-weights-not-100',
        severity: 'warning',
        message: `Destination weights of ${section}[${index}] add up to ${total}, not 100${weights.includes(undefined) ? ' (a destination without weight counts as 0)' : ''}; traffic is split in proportion to them, not by the numbers as percentages.`,
        resource: vs,
        path: ['spec', section, index, 'route'],
      });
    }
  }
  return findings;
}
