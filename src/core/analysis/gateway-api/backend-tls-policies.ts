import { CORE_GROUP, GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { falseCondition, trueCondition } from '../support/conditions.ts';
import type { AnalysisContext } from '../support/context.ts';
import { asString, field, objectsOf } from '../support/values.ts';
import type { AncestorStatus, Condition, Finding, ResourceStatus } from '../types.ts';
import { backendRefsOf } from './backend-refs.ts';
import { resolveCaRef } from './ca-certificates.ts';
import { byPrecedence, listenerSetGateway } from './listener-sets.ts';
import { ROUTE_KINDS } from './listeners.ts';
import { parentRefsOf } from './parent-refs.ts';

interface Target {
  index: number;
  service: string;
  sectionName: string;
}

/** The Services a policy targets (core `Service` targetRefs), as keys of the design. */
function targetsOf(policy: Resource): Target[] {
  return objectsOf(field(policy.value, 'spec', 'targetRefs')).flatMap(({ item, index }) =>
    (asString(item['group']) ?? '') === CORE_GROUP && asString(item['kind']) === 'Service'
      ? [
          {
            index,
            service: `${policy.namespace}/${asString(item['name']) ?? ''}`,
            sectionName: asString(item['sectionName']) ?? '',
          },
        ]
      : [],
  );
}

/** The Gateways that reach each Service through a route's backendRefs: the policies' ancestors. */
function gatewaysByService(ctx: AnalysisContext): Map<string, Set<Resource>> {
  const out = new Map<string, Set<Resource>>();
  for (const kind of ROUTE_KINDS) {
    for (const route of ctx.ofKind(GATEWAY_GROUP, kind)) {
      const gateways = parentRefsOf(route).flatMap((ref) => {
        if (ref.group !== GATEWAY_GROUP) return [];
        const parent = ctx.find(GATEWAY_GROUP, ref.kind, ref.namespace, ref.name);
        if (!parent) return [];
        const gateway = ref.kind === 'ListenerSet' ? listenerSetGateway(ctx, parent) : parent;
        return gateway?.kind === 'Gateway' ? [gateway] : [];
      });
      for (const backend of backendRefsOf(route)) {
        if (backend.group !== CORE_GROUP || backend.kind !== 'Service') continue;
        const key = `${backend.namespace}/${backend.name}`;
        const set = out.get(key) ?? new Set<Resource>();
        gateways.forEach((g) => set.add(g));
        out.set(key, set);
      }
    }
  }
  return out;
}

/** Accepted and ResolvedRefs of one policy, with the findings that explain them. */
function judgePolicy(
  ctx: AnalysisContext,
  policy: Resource,
  all: readonly Resource[],
): { conditions: Condition[]; findings: Finding[] } {
  const findings: Finding[] = [];
  let accepted = trueCondition('Accepted', 'Accepted', 'The policy is applied.');
  for (const target of targetsOf(policy)) {
    const [namespace, name] = target.service.split('/') as [string, string];
    const path = ['spec', 'targetRefs', target.index];
    if (!ctx.find(CORE_GROUP, 'Service', namespace, name)) {
      findings.push({
        code: 'backendtlspolicy-target-not-found',
        severity: ctx.missingSeverity,
        message: `Service ${target.service} is not in this design.`,
        resource: policy,
        path,
      });
      continue;
    }
    const winner = all
      .filter((other) =>
        targetsOf(other).some(
          (t) => t.service === target.service && t.sectionName === target.sectionName,
        ),
      )
      .sort(byPrecedence)[0];
    if (winner && winner !== policy) {
      const message = `BackendTLSPolicy ${winner.namespace}/${winner.name} targets Service ${target.service}${target.sectionName ? ` port ${target.sectionName}` : ''} too and takes precedence (older, or first by namespace/name), so this policy is not applied.`;
      findings.push({
        code: 'backendtlspolicy-conflicted',
        severity: 'error',
        message,
        resource: policy,
        path,
      });
      accepted = falseCondition('Accepted', 'Conflicted', message);
    }
  }
  const validation = field(policy.value, 'spec', 'validation');
  const refs = objectsOf(field(validation, 'caCertificateRefs'));
  const from = {
    group: GATEWAY_GROUP,
    kind: 'BackendTLSPolicy',
    namespace: policy.namespace ?? '',
  };
  let resolved = trueCondition('ResolvedRefs', 'ResolvedRefs', 'All references are resolved.');
  let valid = 0;
  for (const { item, index } of refs) {
    const failure = resolveCaRef(ctx, from, item, 'InvalidKind');
    if (!failure) {
      valid++;
      continue;
    }
    const reason = failure.reason === 'InvalidKind' ? 'InvalidKind' : 'InvalidCACertificateRef';
    if (resolved.status === 'True')
      resolved = falseCondition('ResolvedRefs', reason, failure.message);
    findings.push({
      code: failure.code,
      severity: failure.severity,
      message: `CA certificate: ${failure.message}`,
      resource: policy,
      path: ['spec', 'validation', 'caCertificateRefs', index],
    });
  }
  const wellKnown = asString(field(validation, 'wellKnownCACertificates'));
  if (refs.length > 0 && valid === 0 && !wellKnown && accepted.status === 'True') {
    accepted = falseCondition(
      'Accepted',
      'NoValidCACertificate',
      'None of the CA certificates can be used to verify the backend.',
    );
  }
  return { conditions: [accepted, resolved], findings };
}

/**
 * The status of every BackendTLSPolicy, per ancestor (each Gateway whose routes send traffic to a
 * targeted Service), as conformant controllers write it (GEP-1897, GEP-713 conflicts).
 */
export function backendTlsPolicyStatus(ctx: AnalysisContext): {
  status: ResourceStatus[];
  findings: Finding[];
} {
  const policies = ctx.ofKind(GATEWAY_GROUP, 'BackendTLSPolicy');
  if (policies.length === 0) return { status: [], findings: [] };
  const gateways = gatewaysByService(ctx);
  const findings: Finding[] = [];
  const status = policies.map((policy) => {
    const judged = judgePolicy(ctx, policy, policies);
    findings.push(...judged.findings);
    const reached = new Set(targetsOf(policy).flatMap((t) => [...(gateways.get(t.service) ?? [])]));
    const ancestors: AncestorStatus[] = [...reached].map((gateway) => ({
      ancestorRef: {
        group: GATEWAY_GROUP,
        kind: 'Gateway',
        namespace: gateway.namespace ?? '',
        name: gateway.name,
      },
      conditions: judged.conditions,
    }));
    return {
      resource: { kind: policy.kind, namespace: policy.namespace, name: policy.name },
      conditions: [],
      ancestors,
    };
  });
  return { status, findings };
}
