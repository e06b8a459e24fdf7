import type { ReactNode } from 'react';

/** The head of an inspector card (a rule, a listener, a match, a filter): its title and ×. */
export function CardHead({
  title,
  removeLabel,
  onRemove,
}: {
  title: ReactNode;
  /** What the × says to screen readers, e.g. `Remove rule 0`. */
  removeLabel: string;
  onRemove(): void;
}) {
  return (
    <div className="rs-rule__head">
      {title}
      <button
        type="button"
        className="rs-inspector__remove"
        onClick={onRemove}
        aria-label={removeLabel}
      >
        ×
      </button>
    </div>
  );
}
