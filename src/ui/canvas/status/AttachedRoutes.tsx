import { countOf } from '../../../core/text/plural.ts';
import { Icon } from '../../icons/Icon.tsx';
import { useAnalysis } from '../../problems/useAnalysis.ts';

/** A listener row's count of attached routes (from the status preview); nothing for other rows. */
export function AttachedRoutes({ id }: { id: string }) {
  const attached = useAnalysis((a) => a.attachedRoutes.get(id));
  if (attached === undefined) return null;
  const title = `${countOf(attached, 'route')} attached`;
  return (
    <span
      className={`rs-attached${attached === 0 ? ' rs-attached--none' : ''}`}
      title={title}
      aria-label={title}
      data-testid={`canvas.listener.attached.${id}`}
    >
      <Icon name="attached" size={11} /> {attached}
    </span>
  );
}
