import { CORE_GROUP, GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { falseCondition, trueCondition } from '../support/conditions.ts';
import { referencePermitted } from '../support/reference-grants.ts';
import { asNumber, field, objectsOf } from '../support/values.ts';
import type { Condition, Finding } from '../types.ts';
import { backendRefsOf, type BackendRef } from './backend-refs.ts';

/** Backend kinds controllers commonly resolve: core Services and multi-cluster ServiceImports. */
const RESOLVABLE_KINDS = new Set(['/Service', 'multicluster.x-k8s.io/ServiceImport']);

type Problem = {
  reason: 'RefNotPermitted' | 'InvalidKind' | 'BackendNotFound';
  finding: Omit<Finding, 'resource' | 'path'>;
};

function backendProblem(
  ctx: AnalysisContext,
  route: Resource,
  ref: BackendRef,
): Problem | undefined {
  const target = `${ref.kind} ${ref.namespace}/${ref.name}`;
  const routeNamespace = route.namespace ?? '';
  if (!RESOLVABLE_KINDS.has(`${ref.group}/${ref.kind}`)) {
    return {
      reason: 'InvalidKind',
      finding: {
        code: 'backend-kind-unsupported',
        severity: 'warning',
        message: `Backend ${ref.group ? `${ref.group}/` : ''}${ref.kind} ${ref.name} is not a Service; only implementations that support this kind resolve it, others report InvalidKind.`,
      },
    };
  }
  const permitted = referencePermitted(
    ctx,
    { group: GATEWAY_GROUP, kind: route.kind, namespace: routeNamespace },
    ref,
  );
  if (!permitted) {
    return {
      reason: 'RefNotPermitted',
      finding: {
        code: 'ref-not-permitted',
        severity: 'error',
        message: `Backend ${target} is in another namespace and no ReferenceGrant in ${ref.namespace} allows ${route.kind}s from ${routeNamespace} to refer to it.`,
      },
    };
  }
  const backend = ctx.find(ref.group, ref.kind, ref.namespace, ref.name);
  if (!backend) {
    return {
      reason: 'BackendNotFound',
      finding: {
        code: 'backend-not-found',
        severity: ctx.missingSeverity,
        message: `Backend ${target} is not in this design.`,
      },
    };
  }
  if (ref.group === CORE_GROUP && ref.port !== undefined) {
    const ports = objectsOf(field(backend.value, 'spec', 'ports')).map(({ item }) =>
      asNumber(item['port']),
    );
    if (!ports.includes(ref.port)) {
      return {
        reason: 'BackendNotFound',
        finding: {
          code: 'backend-port-not-found',
          severity: 'error',
          message: `Service ${ref.namespace}/${ref.name} has no port ${ref.port} (ports: ${ports.join(', ') || 'none'}).`,
        },
      };
    }
  }
  return undefined;
}

/** The route's ResolvedRefs condition (shared by all its parents) and one finding per bad ref. */
export function resolveBackends(
  ctx: AnalysisContext,
  route: Resource,
): { condition: Condition; findings: Finding[] } {
  const findings: Finding[] = [];
  let reason: Problem['reason'] | undefined;
  for (const ref of backendRefsOf(route)) {
    const problem = backendProblem(ctx, route, ref);
    if (!problem) continue;
    reason ??= problem.reason;
    findings.push({ ...problem.finding, resource: route, path: ref.path });
  }
  const condition =
    reason === undefined
      ? trueCondition('ResolvedRefs', 'ResolvedRefs', 'All backend references are resolved.')
      : falseCondition('ResolvedRefs', reason, findings.map((f) => f.message).join(' '));
  return { condition, findings };
}
