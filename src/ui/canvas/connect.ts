import { connectionCommand, isCommand } from '../../core/commands/connect.ts';
import type { Command } from '../../core/commands/types.ts';
import type { Design } from '../../core/design/design.ts';
import type { Graph } from '../../core/graph/types.ts';
import type { LayoutStructure } from '../../core/layout/structure.ts';

/**
 * The command a connection drawn between two handles (resolved to graph node ids) stands for,
 * or undefined when the core's connection rules refuse it (see `connectionCommand`).
 */
export function commandForConnection(
  design: Design,
  graph: Graph,
  fromId: string,
  toId: string,
): Command | undefined {
  const result = connectionCommand(design, graph, fromId, toId);
  return isCommand(result) ? result : undefined;
}

/** One way a connection dropped on a node can land: a part (row) of it, or the whole node. */
export interface DropTarget {
  /** The graph node connected to. */
  id: string;
  command: Command;
}

/** What a connection dropped on a node body means. */
export type DropOutcome =
  | { kind: 'connect'; target: DropTarget }
  | { kind: 'choose'; targets: readonly DropTarget[] }
  | { kind: 'refuse'; reason: string };

/**
 * Resolves a connection from `fromId` dropped on box `boxId` (not on one of its handles): every
 * part of the box (its rows, then the box itself) the core's rules accept is a target; one
 * target connects, several ask, none refuses with the core's reason (the whole box's, which
 * names both objects). Targets that make the same command count once (a route's first rule and
 * the route itself both add a backend to rule 0).
 */
export function dropOnNode(
  design: Design,
  graph: Graph,
  structure: LayoutStructure,
  fromId: string,
  boxId: string,
): DropOutcome {
  const b = structure.boxIndex.get(boxId);
  if (b === undefined) return { kind: 'refuse', reason: `${boxId} is not on the canvas.` };
  const candidates = [...structure.rows[b]!.map((row) => row.id), boxId];
  const targets: DropTarget[] = [];
  const seen = new Set<string>();
  let reason: string | undefined;
  for (const id of candidates) {
    const result = connectionCommand(design, graph, fromId, id);
    if (!isCommand(result)) {
      if (id === boxId || reason === undefined) reason = result.reason;
      continue;
    }
    const key = JSON.stringify(result);
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push({ id, command: result });
  }
  if (targets.length === 1) return { kind: 'connect', target: targets[0]! };
  if (targets.length > 1) return { kind: 'choose', targets };
  return { kind: 'refuse', reason: reason ?? 'These objects cannot be connected.' };
}

/** Why a connection between two handles is refused (undefined when it is allowed). */
export function refusalOf(
  design: Design,
  graph: Graph,
  fromId: string,
  toId: string,
): string | undefined {
  const result = connectionCommand(design, graph, fromId, toId);
  return isCommand(result) ? undefined : result.reason;
}
