import type { Command } from '../../commands/types.ts';
import type { Design } from '../../design/design.ts';
import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { listenerRefusal } from '../gateway-api/listener-admission.ts';
import { listenersOf, type Listener } from '../gateway-api/listeners.ts';
import { parentRefsOf, type ParentRef } from '../gateway-api/parent-refs.ts';
import { buildTopology, type Topology } from '../gateway-api/topology.ts';
import { createContext, type AnalysisContext } from '../support/context.ts';
import { editDistance } from './edit-distance.ts';
import type { QuickFix } from './types.ts';

const judged = new WeakMap<Design, { ctx: AnalysisContext; topology: Topology }>();

/** The design's listeners judged once per design object (quick fixes ask on every cursor move). */
function judge(design: Design) {
  let entry = judged.get(design);
  if (!entry) {
    const ctx = createContext(design, false);
    judged.set(design, (entry = { ctx, topology: buildTopology(ctx) }));
  }
  return entry;
}

/** The listeners of the parent a parentRef names that would take the route, in written order. */
function acceptingListeners(design: Design, route: Resource, ref: ParentRef): Listener[] {
  if (ref.group !== GATEWAY_GROUP || (ref.kind !== 'Gateway' && ref.kind !== 'ListenerSet'))
    return [];
  const { ctx, topology } = judge(design);
  const owner = ctx.find(GATEWAY_GROUP, ref.kind, ref.namespace, ref.name);
  if (!owner || topology.placements.get(owner)?.allowed === false) return [];
  return listenersOf(owner).filter((listener) => {
    const evaluation = topology.evaluations.get(listener);
    return evaluation !== undefined && !listenerRefusal(ctx, evaluation, route);
  });
}

function describe(listener: Listener): string {
  return `${listener.name} (${listener.protocol} ${listener.port ?? '?'})`;
}

function attachCommands(route: Resource, ref: ParentRef, listener: Listener): Command[] {
  const commands: Command[] = [
    { type: 'setField', key: route.key, path: [...ref.path, 'sectionName'], value: listener.name },
  ];
  // A port the listener does not have would still keep the route out.
  if (ref.port !== undefined && listener.port !== undefined && ref.port !== listener.port) {
    commands.push({
      type: 'setField',
      key: route.key,
      path: [...ref.path, 'port'],
      value: listener.port,
    });
  }
  return commands;
}

function refAt(route: Resource, index: number): ParentRef | undefined {
  return parentRefsOf(route).find((ref) => ref.index === index);
}

/**
 * For a parentRef that does not attach (no such listener, or the listener refuses the route):
 * point it at each listener of the same parent that would take the route, the one whose name
 * is closest to the written sectionName first (a typo's correction is the preferred fix).
 */
export function sectionNameFixes(design: Design, route: Resource, index: number): QuickFix[] {
  const ref = refAt(route, index);
  if (!ref) return [];
  const written = ref.sectionName;
  const listeners = acceptingListeners(design, route, ref).filter((l) => l.name !== written);
  const ranked =
    written === undefined
      ? listeners
      : [...listeners].sort(
          (a, b) => editDistance(written, a.name) - editDistance(written, b.name),
        );
  return ranked.map((listener, i) => ({
    title:
      written === undefined
        ? `Attach to listener ${describe(listener)}`
        : `Change sectionName to ${describe(listener)}`,
    commands: attachCommands(route, ref, listener),
    preferred:
      i === 0 &&
      (ranked.length === 1 || (written !== undefined && editDistance(written, listener.name) <= 2)),
  }));
}

/**
 * For a parentRef without sectionName or port that attaches to several listeners at once: pin
 * it to one of them (an assist, offered where the cursor is; the design is not wrong).
 */
export function pinListenerAssists(design: Design, route: Resource, index: number): QuickFix[] {
  const ref = refAt(route, index);
  if (!ref || ref.sectionName !== undefined || ref.port !== undefined) return [];
  const listeners = acceptingListeners(design, route, ref);
  if (listeners.length < 2) return [];
  return listeners.map((listener) => ({
    title: `Attach only to listener ${describe(listener)}`,
    commands: attachCommands(route, ref, listener),
    preferred: false,
  }));
}
