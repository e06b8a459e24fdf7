import type { Command } from '../../core/commands/types.ts';
import type { Resource } from '../../core/model/resource.ts';

/** What every inspector section gets: the resource and a way to change it. */
export interface SectionProps {
  resource: Resource;
  /**
   * Dispatches a command, or several as one gesture (one undo step), and shows why one did
   * nothing, if one did nothing; returns that reason.
   */
  run(command: Command | readonly Command[]): string | undefined;
  /**
   * Connects two graph nodes as drawing that connection on the canvas does (the core's
   * connection rules), or says why not: what the inspector's pickers do.
   */
  connect(fromNodeId: string, toNodeId: string): void;
}

/** What the editor of a part gets (a listener, a server, a policy): no connections. */
export type PartProps = Pick<SectionProps, 'resource' | 'run'>;
