import { useEffect, useRef } from 'react';
import type { DesignState } from '../../store/index.ts';
import { useDesign } from '../state/store-context.tsx';
import type { DropTarget } from './connect.ts';
import { structureOf } from './layout-cache.ts';
import type { ConnectFeedback as Feedback } from './useConnectGesture.ts';
import { nodeTextOf } from '../../core/diagram/node-text.ts';

/** How long a refusal stays next to the cursor. */
const REFUSAL_MS = 6000;

const selectShown = (s: DesignState) => ({
  graph: s.graph,
  design: s.shownDesign,
  expanded: s.expanded,
});

/** `listener https · :443` for a row, `Gateway edge (all listeners)` for the whole object. */
function useTargetLabel(): (target: DropTarget) => string {
  const { graph, design, expanded } = useDesign(selectShown);
  return (target) => {
    const structure = structureOf(graph, expanded);
    const anchor = structure.anchors.get(target.id);
    if (!anchor) return target.id;
    const box = structure.boxes[anchor.box]!;
    const text = nodeTextOf(graph, structure, anchor.box, design.byKey.get(box.id));
    if (anchor.row < 0) return `${text.kindLabel} ${text.name} (as a whole)`;
    const row = text.rows[anchor.row]!;
    return [row.label, row.line1].filter(Boolean).join(' · ');
  };
}

/**
 * Next to where a connection was let go: why it was refused (a note that fades), or a small
 * menu of the parts it can connect to (Escape or a click elsewhere cancels).
 */
export function ConnectFeedback({
  feedback,
  onChoose,
  onDismiss,
}: {
  feedback: Feedback;
  onChoose: (target: DropTarget) => void;
  onDismiss: () => void;
}) {
  const label = useTargetLabel();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (feedback.kind === 'refusal') {
      const timer = setTimeout(onDismiss, REFUSAL_MS);
      return () => clearTimeout(timer);
    }
    menu.current?.querySelector('button')?.focus();
  }, [feedback, onDismiss]);
  // Beside the cursor, on the side with room (the canvas clips what overflows it).
  const { x, y, width, height } = feedback.at;
  const style = {
    left: x + 12,
    top: y + 12,
    transform: `translate(${x > width / 2 ? 'calc(-100% - 24px)' : '0'}, ${y > height / 2 ? 'calc(-100% - 24px)' : '0'})`,
  };
  if (feedback.kind === 'refusal')
    return (
      <div className="rs-connect-note" style={style} role="alert" data-testid="canvas.refusal">
        {feedback.reason}
      </div>
    );
  return (
    <div
      ref={menu}
      className="rs-connect-menu"
      style={style}
      role="menu"
      aria-label="Connect to"
      data-testid="canvas.connect-choice"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
        event.stopPropagation();
      }}
    >
      <div className="rs-connect-menu__title">Connect to</div>
      {feedback.targets.map((target) => (
        <button
          key={target.id}
          type="button"
          role="menuitem"
          data-testid={`canvas.connect-choice.${target.id}`}
          onClick={() => onChoose(target)}
        >
          {label(target)}
        </button>
      ))}
      <button type="button" className="rs-connect-menu__cancel" onClick={onDismiss}>
        Cancel
      </button>
    </div>
  );
}
