import type { StoreApi } from 'zustand/vanilla';
import { planDelete, type DeletePlan } from '../../core/commands/plan-delete.ts';
import type { DesignState } from '../../store/index.ts';
import type { ConfirmRequest } from './ConfirmDialog.tsx';

/** Most references listed in the confirmation; the rest are counted. */
const LISTED = 6;

/** The question to ask before a plan that leaves references dangling. */
export function confirmationFor(plan: DeletePlan, onConfirm: () => void): ConfirmRequest {
  const listed = plan.dangling.slice(0, LISTED).map((d) => `${d.message}.`);
  const more = plan.dangling.length - listed.length;
  return {
    title: 'Delete what other objects refer to?',
    details: [
      ...listed,
      ...(more > 0 ? [`…and ${more} more references.`] : []),
      'These references will point at missing objects (undo brings everything back).',
    ],
    confirmLabel: 'Delete',
    onConfirm,
  };
}

/**
 * Deletes the selected nodes and the given edges as one undo step, the same way wherever the
 * Delete key was pressed: when references would be left dangling, `ask` gets the question and
 * nothing happens until it is confirmed (the plan is made again then, on the design of that
 * moment). Returns false when there is nothing to delete.
 */
export function deleteSelection(
  store: StoreApi<DesignState>,
  edgeIds: readonly string[],
  ask: (request: ConfirmRequest) => void,
  afterDelete?: () => void,
): boolean {
  const nodeIds = store.getState().selection;
  const planNow = () => {
    const { design, graph } = store.getState();
    return planDelete(design, graph, nodeIds, edgeIds);
  };
  const plan = planNow();
  if (plan.commands.length === 0) return false;
  const run = () => {
    const state = store.getState();
    const commands = planNow().commands;
    state.beginGesture();
    try {
      for (const command of commands) state.dispatch(command, 'canvas');
    } finally {
      state.endGesture();
    }
    state.select([]);
    afterDelete?.();
  };
  if (plan.needsConfirmation) ask(confirmationFor(plan, run));
  else run();
  return true;
}
