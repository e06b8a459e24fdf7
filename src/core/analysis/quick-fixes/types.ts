import type { Command } from '../../commands/types.ts';

/**
 * A change that resolves a diagnostic (or tidies the field under the cursor), as commands: the
 * editor dispatches them as one undo step, the CLI applies them with `applyQuickFix`.
 */
export interface QuickFix {
  /** What the fix does, as a menu entry: `Change protocol to HTTP`. */
  title: string;
  commands: readonly Command[];
  /** The obvious fix among several (the one an "auto fix" would apply). */
  preferred: boolean;
}
