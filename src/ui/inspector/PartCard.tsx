import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/** The graph id of the part selected on the canvas or by the YAML cursor (a rule, a listener…). */
export const FocusedPartContext = createContext<string | undefined>(undefined);

/**
 * The inspector's card for one part of a resource. The card of the selected part is marked and
 * scrolled into view, so selecting a rule row on the canvas opens its editor, not the route's top.
 */
export function PartCard({
  partId,
  className,
  testId,
  children,
}: {
  /** The part's graph node id: `<resource key>#rule/0`, `#listener/http`, `#http/1`… */
  partId: string;
  className: string;
  testId: string;
  children: ReactNode;
}) {
  const focused = useContext(FocusedPartContext) === partId;
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focused) card.current?.scrollIntoView?.({ block: 'nearest' });
  }, [focused]);
  return (
    <div
      ref={card}
      className={focused ? `${className} is-focused` : className}
      data-testid={testId}
      data-focused={focused || undefined}
    >
      {children}
    </div>
  );
}
