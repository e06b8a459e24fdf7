import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { falseCondition, trueCondition, unknownCondition } from '../support/conditions.ts';
import { asString, field } from '../support/values.ts';
import type { Condition, Finding, ListenerStatus, ResourceStatus } from '../types.ts';
import { backendClientCertificate } from './client-certificate.ts';
import { listenersOf } from './listeners.ts';
import { invalidParameters } from './parameters.ts';
import type { Topology } from './topology.ts';

function statusResource(resource: Resource): ResourceStatus['resource'] {
  return { kind: resource.kind, namespace: resource.namespace, name: resource.name };
}

function listenerStatuses(
  topology: Topology,
  owner: Resource,
  findings: Finding[],
): ListenerStatus[] {
  return listenersOf(owner).map((listener) => {
    const evaluation = topology.evaluations.get(listener);
    if (evaluation) findings.push(...evaluation.findings);
    return {
      name: listener.name,
      attachedRoutes: topology.attachedRoutes.get(listener) ?? 0,
      conditions: evaluation?.conditions ?? [],
    };
  });
}

/** Accepted and Programmed of a Gateway or ListenerSet from its listeners' judgement. */
function ownerConditions(
  topology: Topology,
  owner: Resource,
  accepted: Condition | undefined,
): Condition[] {
  const evaluations = listenersOf(owner).map((l) => topology.evaluations.get(l));
  const valid = evaluations.filter((e) => e?.accepted).length;
  const invalid = evaluations.length - valid;
  const acceptedCondition =
    accepted ??
    (valid === 0
      ? falseCondition('Accepted', 'ListenersNotValid', 'No listener is valid.')
      : invalid > 0
        ? trueCondition(
            'Accepted',
            'ListenersNotValid',
            `${invalid} of ${evaluations.length} listeners are not valid.`,
          )
        : trueCondition(
            'Accepted',
            'Accepted',
            `Accepted with ${valid} listener${valid === 1 ? '' : 's'}.`,
          ));
  const programmed = evaluations.some((e) => e?.programmed);
  const programmedCondition =
    acceptedCondition.status === 'True' && programmed
      ? trueCondition('Programmed', 'Programmed', 'At least one listener is ready for traffic.')
      : acceptedCondition.status === 'Unknown'
        ? unknownCondition('Programmed', 'Pending', acceptedCondition.message)
        : falseCondition('Programmed', 'Invalid', 'No listener is ready for traffic.');
  return [acceptedCondition, programmedCondition];
}

/** Status of a Gateway, and a finding when its GatewayClass is not in the design. */
export function gatewayStatus(
  ctx: AnalysisContext,
  topology: Topology,
  gateway: Resource,
): { status: ResourceStatus; findings: Finding[] } {
  const findings: Finding[] = [];
  const className = asString(field(gateway.value, 'spec', 'gatewayClassName'));
  if (className !== undefined && !ctx.find(GATEWAY_GROUP, 'GatewayClass', undefined, className)) {
    findings.push({
      code: 'gatewayclass-not-found',
      severity: ctx.missingSeverity,
      message: `GatewayClass ${className} is not in this design; the status shown assumes its controller accepts the Gateway.`,
      resource: gateway,
      path: ['spec', 'gatewayClassName'],
    });
  }
  const listeners = listenerStatuses(topology, gateway, findings);
  const parameters = invalidParameters(ctx, gateway, ['spec', 'infrastructure', 'parametersRef']);
  if (parameters) findings.push(parameters);
  const conditions = ownerConditions(
    topology,
    gateway,
    parameters && falseCondition('Accepted', 'InvalidParameters', parameters.message),
  );
  const clientCertificate = backendClientCertificate(ctx, gateway);
  if (clientCertificate) {
    conditions.push(clientCertificate.condition);
    findings.push(...clientCertificate.findings);
  }
  const attachedListenerSets = [...topology.placements].filter(
    ([set, placement]) =>
      placement.gateway === gateway &&
      placement.allowed &&
      listenersOf(set).some((l) => topology.evaluations.get(l)?.accepted),
  ).length;
  return {
    status: { resource: statusResource(gateway), conditions, listeners, attachedListenerSets },
    findings,
  };
}

/** Status of a GatewayClass: accepted unless its parametersRef is invalid. */
export function gatewayClassStatus(
  ctx: AnalysisContext,
  gatewayClass: Resource,
): { status: ResourceStatus; findings: Finding[] } {
  const parameters = invalidParameters(ctx, gatewayClass, ['spec', 'parametersRef']);
  const accepted = parameters
    ? falseCondition('Accepted', 'InvalidParameters', parameters.message)
    : trueCondition('Accepted', 'Accepted', 'Assumed accepted by its controller.');
  return {
    status: { resource: statusResource(gatewayClass), conditions: [accepted] },
    findings: parameters ? [parameters] : [],
  };
}

/** Status of a ListenerSet: NotAllowed when its Gateway's allowedListeners rejects it. */
export function listenerSetStatus(
  ctx: AnalysisContext,
  topology: Topology,
  set: Resource,
): { status: ResourceStatus; findings: Finding[] } {
  const findings: Finding[] = [];
  const placement = topology.placements.get(set);
  let accepted: Condition | undefined;
  if (!placement?.gateway) {
    const parent = field(set.value, 'spec', 'parentRef');
    const message = `Parent ${asString(field(parent, 'kind')) ?? 'Gateway'} ${asString(field(parent, 'namespace')) ?? set.namespace}/${asString(field(parent, 'name')) ?? ''} is not in this design.`;
    findings.push({
      code: 'parent-not-found',
      severity: ctx.missingSeverity,
      message,
      resource: set,
      path: ['spec', 'parentRef'],
    });
    accepted = unknownCondition('Accepted', 'Pending', message);
  } else if (!placement.allowed) {
    const message = `Gateway ${placement.gateway.namespace}/${placement.gateway.name} does not admit this ListenerSet: ${placement.why}.`;
    findings.push({
      code: 'listenerset-not-allowed',
      severity: 'error',
      message,
      resource: set,
      path: ['spec', 'parentRef'],
    });
    accepted = falseCondition('Accepted', 'NotAllowed', message);
  }
  const listeners = listenerStatuses(topology, set, findings);
  const conditions = ownerConditions(topology, set, accepted);
  if (accepted?.reason === 'NotAllowed')
    conditions[1] = falseCondition('Programmed', 'NotAllowed', accepted.message);
  if (!accepted && conditions[0]!.status === 'False' && listeners.length > 0) {
    // No listener of the set is valid: the set is not accepted, nor programmed (GEP-1713).
    conditions[1] = falseCondition('Programmed', 'ListenersNotValid', conditions[0]!.message);
    findings.push({
      code: 'listenerset-no-valid-listener',
      severity: 'error',
      message: `No listener of ListenerSet ${set.namespace}/${set.name} is valid, so its Gateway takes none of them; see the listeners' problems.`,
      resource: set,
      path: ['spec', 'listeners'],
    });
  }
  return { status: { resource: statusResource(set), conditions, listeners }, findings };
}
