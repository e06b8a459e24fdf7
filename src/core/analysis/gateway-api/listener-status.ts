import type { AnalysisContext } from '../support/context.ts';
import { falseCondition, trueCondition } from '../support/conditions.ts';
import type { Condition, Finding } from '../types.ts';
import type { Resource } from '../../model/resource.ts';
import { checkCertificates } from './certificates.ts';
import { checkFrontendValidation } from './frontend-validation.ts';
import type { ListenerConflict } from './conflicts.ts';
import { isCoreProtocol, listenerRouteKinds, type Listener, type RouteKinds } from './listeners.ts';

/** A listener as its controller would judge it, before routes are counted. */
export interface ListenerEvaluation {
  listener: Listener;
  accepted: boolean;
  programmed: boolean;
  kinds: RouteKinds;
  conditions: Condition[];
  findings: Finding[];
}

function conflictCode(reason: ListenerConflict['reason']): string {
  return reason === 'HostnameConflict'
    ? 'listener-hostname-conflict'
    : 'listener-protocol-conflict';
}

/** Accepted, Programmed, ResolvedRefs and Conflicted for one listener. */
export function evaluateListener(
  ctx: AnalysisContext,
  listener: Listener,
  conflict: ListenerConflict | undefined,
  gateway: Resource | undefined,
): ListenerEvaluation {
  const findings: Finding[] = [];
  const owner = listener.owner;
  const supportedProtocol = isCoreProtocol(listener.protocol);
  if (!supportedProtocol) {
    findings.push({
      code: 'listener-unsupported-protocol',
      severity: 'warning',
      message: `Listener ${listener.name}: protocol ${listener.protocol || '(none)'} is not a core Gateway API protocol (HTTP, HTTPS, TLS, TCP, UDP); only implementations that define it accept this listener.`,
      resource: owner,
      path: [...listener.path, 'protocol'],
    });
  }

  const kinds = listenerRouteKinds(listener);
  for (const invalid of kinds.invalid) {
    findings.push({
      code: 'listener-invalid-route-kinds',
      severity: 'error',
      message: `Listener ${listener.name}: ${listener.protocol} cannot carry ${invalid.kind}${invalid.group ? ` (${invalid.group})` : ''}; allowedRoutes.kinds must list route kinds the protocol supports.`,
      resource: owner,
      path: [...listener.path, 'allowedRoutes', 'kinds', invalid.index],
    });
  }
  const certificates = checkCertificates(ctx, listener);
  findings.push(...certificates.findings);
  const clientValidation = checkFrontendValidation(ctx, gateway, listener);
  findings.push(...clientValidation.findings);
  const refProblems = [
    ...kinds.invalid.map((k) => `${k.kind} is not a route kind ${listener.protocol} carries.`),
    ...certificates.problems,
    ...clientValidation.problems,
  ];
  const refReason =
    kinds.invalid.length > 0
      ? 'InvalidRouteKinds'
      : (certificates.reasons[0] ?? clientValidation.reason);
  const resolved =
    refReason === undefined
      ? trueCondition('ResolvedRefs', 'ResolvedRefs', 'All references are resolved.')
      : falseCondition('ResolvedRefs', refReason, refProblems.join(' '));

  if (conflict) {
    const other = conflict.other;
    const where =
      other.owner === owner
        ? ''
        : ` of ${other.owner.kind} ${other.owner.namespace}/${other.owner.name}`;
    findings.push({
      code: conflictCode(conflict.reason),
      severity: 'error',
      message: `Listener ${listener.name} conflicts with listener ${other.name}${where}: ${conflict.explanation}.`,
      resource: owner,
      path: listener.path,
    });
  }
  const conflicted = conflict
    ? trueCondition(
        'Conflicted',
        conflict.reason,
        `Conflicts with listener ${conflict.other.name}: ${conflict.explanation}.`,
      )
    : falseCondition('Conflicted', 'NoConflicts', 'No conflicts.');

  // A listener that loses a conflict, or whose client validation has no usable CA, is not
  // accepted (GEP-1713, GEP-91); the reason says why.
  const accepted = !supportedProtocol
    ? falseCondition(
        'Accepted',
        'UnsupportedProtocol',
        `Protocol ${listener.protocol} is not supported.`,
      )
    : conflict
      ? falseCondition('Accepted', conflict.reason, conflicted.message)
      : clientValidation.noValidCa
        ? falseCondition(
            'Accepted',
            'NoValidCACertificate',
            'None of the CA certificates for client validation can be used.',
          )
        : trueCondition('Accepted', 'Accepted', 'The listener is valid.');

  const programmed = accepted.status === 'True' && !conflict && resolved.status === 'True';
  const programmedCondition = programmed
    ? trueCondition('Programmed', 'Programmed', 'The listener is ready for traffic.')
    : falseCondition(
        'Programmed',
        'Invalid',
        'The listener is not valid; see its other conditions.',
      );
  return {
    listener,
    accepted: accepted.status === 'True',
    programmed,
    kinds,
    conditions: [accepted, programmedCondition, resolved, conflicted],
    findings,
  };
}
