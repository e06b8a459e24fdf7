import type { Resource } from '../../model/resource.ts';
import { istioRoutes } from '../../traffic/istio-routes.ts';
import { formatShare } from '../../traffic/split.ts';
import type { Finding } from '../types.ts';

/**
 * VirtualService routes whose destination weights do not add up to 100. Recent Istio versions
 * split in proportion to them, older ones reject the resource; either way the written numbers
 * are not the percentages a reader assumes. The message gives the split the traffic model
 * computes (`core/traffic/split.ts`).
 */
export function checkWeights(vs: Resource): Finding[] {
  const findings: Finding[] = [];
  for (const route of istioRoutes(vs)) {
    const { destinations, split } = route;
    if (destinations.length < 2 || destinations.every((d) => d.written === undefined)) continue;
    if (split.total === 100) continue;
    const unset = destinations.some((d) => d.written === undefined);
    const shares = destinations
      .map(
        (d, i) =>
          `${d.host ?? `route[${i}]`}${d.subset ? ` (${d.subset})` : ''} ${formatShare(d.share)}`,
      )
      .join(', ');
    findings.push({
      code: 'vs-weights-not-100',
      severity: 'warning',
      message: `Destination weights of ${route.section}[${route.index}] add up to ${split.total}, not 100${unset ? ' (a destination without weight counts as 0)' : ''}; traffic is split in proportion to them, not by the numbers as percentages: ${split.noTraffic ? 'no destination gets any' : shares}.`,
      resource: vs,
      path: [...route.path, 'route'],
    });
  }
  return findings;
}
