import type { FileEdit } from '../core/commands/types.ts';
import type { NodePosition, Origin } from './types.ts';

/** Positions of some nodes; `undefined` means the node had no manual position. */
export type PositionPatch = Readonly<Record<string, NodePosition | undefined>>;

/** A file a change removed and where it was in the design's order (undo puts it back there). */
export interface RemovedFile {
  name: string;
  index: number;
}

export interface FileRename {
  from: string;
  to: string;
}

/** What a change did to the design's list of files besides editing their texts. */
export interface FileChanges {
  /** Files removed once the change's edits had emptied them, with their places in the order. */
  removedFiles?: readonly RemovedFile[];
  /** Files renamed (after the change's edits, if any). */
  renamedFiles?: readonly FileRename[];
}

/** One recorded change: text edits and/or node moves, each with its inverse. */
export interface Change extends FileChanges {
  edits: readonly FileEdit[];
  /** Undoes `edits`, in the offsets of the text after them. */
  inverse: readonly FileEdit[];
  /** Files the change created: undo removes them again (redo's edits create them). */
  createdFiles?: readonly string[];
  positionsAfter?: PositionPatch;
  positionsBefore?: PositionPatch;
}

/** One undo step: the changes between two marks, replayed in order (undone in reverse). */
export interface Step {
  changes: Change[];
  origin: Origin;
  /** Time of the step's last change: typing coalesces only within `TYPING_WINDOW_MS`. */
  at: number;
  /** Set once the step may no longer absorb typing (after undo/redo or another step). */
  sealed: boolean;
}

function isMoveOnly(change: Change): boolean {
  return change.edits.length === 0 && change.positionsAfter !== undefined;
}

/** Appends to a gesture; a drag's many moves fold into one change (first `before` wins). */
function appendChange(changes: Change[], change: Change): void {
  const last = changes[changes.length - 1];
  if (last && isMoveOnly(last) && isMoveOnly(change)) {
    changes[changes.length - 1] = {
      edits: [],
      inverse: [],
      positionsAfter: { ...last.positionsAfter, ...change.positionsAfter },
      positionsBefore: { ...change.positionsBefore, ...last.positionsBefore },
    };
    return;
  }
  changes.push(change);
}

/** Consecutive keystrokes closer than this become one undo step. */
export const TYPING_WINDOW_MS = 500;

/**
 * The undo/redo stacks and the open gesture. Pure bookkeeping: the store applies the changes.
 * Marks are implicit: a step starts at every recorded change outside a gesture (except typing
 * that continues the previous step) and at `begin()`.
 */
export class History {
  private undos: Step[] = [];
  private redos: Step[] = [];
  private gesture: Step | undefined;
  private depth = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get canUndo(): boolean {
    return this.undos.length > 0;
  }

  get canRedo(): boolean {
    return this.redos.length > 0;
  }

  record(change: Change, origin: Origin): void {
    const at = this.now();
    this.redos = [];
    if (this.gesture) {
      appendChange(this.gesture.changes, change);
      this.gesture.at = at;
      return;
    }
    const last = this.undos[this.undos.length - 1];
    if (
      origin === 'yaml' &&
      last?.origin === 'yaml' &&
      !last.sealed &&
      at - last.at < TYPING_WINDOW_MS
    ) {
      last.changes.push(change);
      last.at = at;
      return;
    }
    this.seal();
    this.undos.push({ changes: [change], origin, at, sealed: false });
  }

  begin(origin: Origin = 'canvas'): void {
    this.depth += 1;
    if (this.depth === 1) this.gesture = { changes: [], origin, at: this.now(), sealed: false };
  }

  end(): void {
    if (this.depth === 0) return;
    this.depth -= 1;
    if (this.depth > 0 || !this.gesture) return;
    const step = this.gesture;
    this.gesture = undefined;
    if (step.changes.length === 0) return;
    this.seal();
    step.sealed = true;
    this.undos.push(step);
  }

  /** Closes the open gesture without recording it; returns its changes for the store to revert. */
  bail(): Change[] {
    const changes = this.gesture?.changes ?? [];
    this.gesture = undefined;
    this.depth = 0;
    return changes;
  }

  get inGesture(): boolean {
    return this.gesture !== undefined;
  }

  /** Takes the step to undo (and keeps it for redo). */
  takeUndo(): Step | undefined {
    const step = this.undos.pop();
    if (step) {
      step.sealed = true;
      this.redos.push(step);
    }
    return step;
  }

  takeRedo(): Step | undefined {
    const step = this.redos.pop();
    if (step) this.undos.push(step);
    return step;
  }

  private seal(): void {
    const last = this.undos[this.undos.length - 1];
    if (last) last.sealed = true;
  }
}
