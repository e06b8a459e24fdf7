import { connectionCommand, isCommand } from '../../core/commands/connect.ts';
import type { Command } from '../../core/commands/types.ts';
import type { Design } from '../../core/design/design.ts';
import type { Graph } from '../../core/graph/types.ts';

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
