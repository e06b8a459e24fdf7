import { CORE_GROUP, GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { falseCondition, trueCondition, unknownCondition } from '../support/conditions.ts';
import { asNumber, field, objectsOf } from '../support/values.ts';
import type { Condition, Finding } from '../types.ts';
import { listenerRefusal, type Refusal } from './listener-admission.ts';
import { listenersOf, type Listener } from './listeners.ts';
import { describeParent, type ParentRef } from './parent-refs.ts';
import type { Topology } from './topology.ts';

/** The outcome of one parentRef: its Accepted condition and the listeners the route joined. */
export interface Attachment {
  accepted: Condition;
  listeners: Listener[];
  findings: Finding[];
}

type Failure = { reason: string; code: string; severity: Finding['severity']; message: string };

function failed(route: Resource, ref: ParentRef, failure: Failure): Attachment {
  const finding = { ...failure, resource: route, path: ref.path };
  const condition =
    failure.reason === 'Pending'
      ? unknownCondition('Accepted', 'Pending', failure.message)
      : falseCondition('Accepted', failure.reason, failure.message);
  return { accepted: condition, listeners: [], findings: [finding] };
}

function missingParent(ctx: AnalysisContext, ref: ParentRef): Failure {
  return {
    reason: 'NoMatchingParent',
    code: 'parent-not-found',
    severity: ctx.missingSeverity,
    message: `${ref.kind} ${ref.namespace}/${ref.name} is not in this design.`,
  };
}

/** Attaches a route to a GAMMA parent (a Service): accepted when the Service and port exist. */
function attachToService(ctx: AnalysisContext, route: Resource, ref: ParentRef): Attachment {
  const service = ctx.find(CORE_GROUP, 'Service', ref.namespace, ref.name);
  if (!service) return failed(route, ref, missingParent(ctx, ref));
  const ports = objectsOf(field(service.value, 'spec', 'ports')).map(({ item }) =>
    asNumber(item['port']),
  );
  if (ref.port !== undefined && !ports.includes(ref.port)) {
    return failed(route, ref, {
      reason: 'NoMatchingParent',
      code: 'route-no-matching-parent',
      severity: 'error',
      message: `Service ${ref.namespace}/${ref.name} has no port ${ref.port} (ports: ${ports.join(', ') || 'none'}).`,
    });
  }
  return {
    accepted: trueCondition(
      'Accepted',
      'Accepted',
      `Attached to Service ${ref.namespace}/${ref.name} (mesh).`,
    ),
    listeners: [],
    findings: [],
  };
}

function candidateListeners(ref: ParentRef, all: Listener[]): Listener[] | Failure {
  let candidates = all;
  const parent = `${ref.kind} ${ref.namespace}/${ref.name}`;
  if (all.length === 0) {
    return {
      reason: 'NoMatchingParent',
      code: 'route-no-matching-parent',
      severity: 'error',
      message: `${parent} has no listeners.`,
    };
  }
  if (ref.sectionName !== undefined) {
    candidates = candidates.filter((l) => l.name === ref.sectionName);
    if (candidates.length === 0) {
      return {
        reason: 'NoMatchingParent',
        code: 'route-no-matching-parent',
        severity: 'error',
        message: `${parent} has no listener named ${ref.sectionName} (listeners: ${all.map((l) => l.name).join(', ') || 'none'}).`,
      };
    }
  }
  if (ref.port !== undefined) {
    const port = ref.port;
    candidates = candidates.filter((l) => l.port === port);
    if (candidates.length === 0) {
      return {
        reason: 'NoMatchingParent',
        code: 'route-no-matching-parent',
        severity: 'error',
        message: `${parent} has no listener${ref.sectionName !== undefined ? ` named ${ref.sectionName}` : ''} on port ${port}.`,
      };
    }
  }
  return candidates;
}

function refusalFailure(parent: string, refusals: [Listener, Refusal][]): Failure {
  const onlyHostnames = refusals.every(([, r]) => r.kind === 'hostname');
  const details = refusals
    .map(([l, r]) => `listener ${l.name} (${l.protocol} ${l.port ?? '?'}) ${r.why}`)
    .join('; ');
  return onlyHostnames
    ? {
        reason: 'NoMatchingListenerHostname',
        code: 'route-no-matching-listener-hostname',
        severity: 'error',
        message: `No listener of ${parent} serves the route's hostnames: ${details}.`,
      }
    : {
        reason: 'NotAllowedByListeners',
        code: 'route-not-allowed-by-listeners',
        severity: 'error',
        message: `${parent} does not accept this ${refusals.length === 1 ? 'route' : 'route on any listener'}: ${details}.`,
      };
}

function listenersOfParent(
  ctx: AnalysisContext,
  topology: Topology,
  ref: ParentRef,
): Listener[] | Failure {
  const owner = ctx.find(GATEWAY_GROUP, ref.kind, ref.namespace, ref.name);
  if (!owner) return missingParent(ctx, ref);
  if (ref.kind === 'ListenerSet') {
    const placement = topology.placements.get(owner);
    if (placement && !placement.allowed) {
      return {
        reason: 'NoMatchingParent',
        code: 'route-parent-not-accepted',
        severity: 'warning',
        message: `ListenerSet ${ref.namespace}/${ref.name} is not accepted by its Gateway (${placement.why}), so no route can attach to it.`,
      };
    }
  }
  return listenersOf(owner);
}

/** Decides what a conformant controller reports for one parentRef of a route. */
export function attachToParent(
  ctx: AnalysisContext,
  topology: Topology,
  route: Resource,
  ref: ParentRef,
): Attachment {
  if (ref.group === CORE_GROUP && ref.kind === 'Service') return attachToService(ctx, route, ref);
  if (ref.group !== GATEWAY_GROUP) {
    return failed(route, ref, {
      reason: 'Pending',
      code: 'parent-not-evaluated',
      severity: 'info',
      message: `Parents of kind ${ref.group}/${ref.kind} are implementation-specific; this analysis does not judge attachment to them.`,
    });
  }
  if (ref.kind !== 'Gateway' && ref.kind !== 'ListenerSet') {
    return failed(route, ref, {
      reason: 'UnsupportedValue',
      code: 'parent-kind-unsupported',
      severity: 'warning',
      message: `A route cannot attach to a ${ref.kind}; parents are Gateways, ListenerSets or (for mesh routes) Services.`,
    });
  }
  const all = listenersOfParent(ctx, topology, ref);
  if (!Array.isArray(all)) return failed(route, ref, all);
  const candidates = candidateListeners(ref, all);
  if (!Array.isArray(candidates)) return failed(route, ref, candidates);
  const attached: Listener[] = [];
  const refusals: [Listener, Refusal][] = [];
  for (const listener of candidates) {
    const evaluation = topology.evaluations.get(listener);
    if (!evaluation) continue;
    const refusal = listenerRefusal(ctx, evaluation, route);
    if (refusal) refusals.push([listener, refusal]);
    else attached.push(listener);
  }
  if (attached.length === 0)
    return failed(route, ref, refusalFailure(describeParent(ref), refusals));
  const names = attached.map((l) => l.name).join(', ');
  return {
    accepted: trueCondition(
      'Accepted',
      'Accepted',
      `Attached to listener${attached.length > 1 ? 's' : ''} ${names}.`,
    ),
    listeners: attached,
    findings: [],
  };
}
