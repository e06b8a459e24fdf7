import type { Command } from '../../core/commands/types.ts';
import type { Resource } from '../../core/model/resource.ts';

/** What every inspector section gets: the resource and a way to change it. */
export interface SectionProps {
  resource: Resource;
  /** Dispatches a command (one undo step) and shows why it did nothing, if it did nothing. */
  run(command: Command): void;
}
