import { Icon } from '../../icons/Icon.tsx';
import { useAnalysis } from '../../problems/useAnalysis.ts';
import { badgeOf } from './edge-status.ts';

/** The count of a resource's errors and warnings, coloured by the worst; nothing when clean. */
export function NodeBadge({ id }: { id: string }) {
  const count = useAnalysis((a) => a.byResource.get(id));
  const badge = badgeOf(count);
  if (!badge) return null;
  return (
    <span
      className={`rs-badge rs-badge--${badge.severity}`}
      title={badge.title}
      role="status"
      aria-label={badge.title}
      data-testid={`canvas.badge.${id}`}
      data-severity={badge.severity}
    >
      <Icon name={badge.severity} size={12} /> {badge.count}
    </span>
  );
}
