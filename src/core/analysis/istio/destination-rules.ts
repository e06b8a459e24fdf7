import { ISTIO_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { labelsOf } from '../../mesh/labels.ts';
import { exportToOf, type MeshService } from '../../mesh/services.ts';
import type { AnalysisContext } from '../support/context.ts';
import { asString, field, objectsOf } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { meshOf, selectedWorkloads, type MeshView } from './mesh.ts';

function subsetFindings(
  ctx: AnalysisContext,
  mesh: MeshView,
  rule: Resource,
  target: MeshService,
): Finding[] {
  const findings: Finding[] = [];
  for (const { item, index } of objectsOf(field(rule.value, 'spec', 'subsets'))) {
    // istioctl merges a ServiceEntry's workloadSelector, not a Service's pod selector.
    const base = target.resource.kind === 'ServiceEntry' ? target.selector : [];
    const selector = new Map([...base, ...labelsOf(item['labels'])]);
    if (selectedWorkloads(mesh, selector).length > 0) continue;
    const name = asString(item['name']) ?? '';
    findings.push({
      code: 'dr-subset-no-pods',
      severity: ctx.missingSeverity,
      message: `The Subset ${name} defined in the DestinationRule does not select any pods. Which may lead to 503 UH (NoHealthyUpstream). No Pod or workload template in this design has its labels.`,
      resource: rule,
      path: ['spec', 'subsets', index, item['labels'] === undefined ? 'name' : 'labels'],
      istioCode: 'IST0173',
    });
  }
  return findings;
}

/**
 * IST0174 and IST0173, as istioctl's destinationrule SubsetSelectPodAnalyzer: a DestinationRule
 * host must resolve to a Service or ServiceEntry (`mesh/hosts.ts`), and each subset's labels
 * (with a ServiceEntry's workloadSelector) must select some workload. Subsets are only judged
 * in designs that declare workloads (docs/diagnostics.md).
 */
export function checkDestinationRules(ctx: AnalysisContext): Finding[] {
  const mesh = meshOf(ctx);
  const findings: Finding[] = [];
  for (const rule of ctx.ofKind(ISTIO_GROUP, 'DestinationRule')) {
    const host = asString(field(rule.value, 'spec', 'host')) ?? '';
    const target = mesh.hosts.lookup(rule.namespace ?? '', exportToOf(rule), host);
    if (!target) {
      findings.push({
        code: 'dr-host-not-found',
        severity: ctx.missingSeverity,
        message: `The host ${host} defined in the DestinationRule does not match any services in the mesh: no Service or ServiceEntry in this design provides it.`,
        resource: rule,
        path: ['spec', 'host'],
        istioCode: 'IST0174',
      });
      continue;
    }
    if (mesh.workloads.length > 0) findings.push(...subsetFindings(ctx, mesh, rule, target));
  }
  return findings;
}
