import type { ChipText } from '../../../core/diagram/node-text.ts';
import { iconOfKind } from '../../../core/diagram/icons.ts';
import { Icon } from '../../icons/Icon.tsx';
import { useDesignStoreApi } from '../../state/store-context.tsx';

/**
 * The supporting objects shown on a node or row (its class, certificate, grants, policies): a
 * click selects the object (the inspector and the YAML pane follow), the expand button shows it
 * as a node of its own.
 */
export function Chips({
  chips,
  selectedPart,
}: {
  chips: readonly ChipText[];
  selectedPart: string | undefined;
}) {
  const store = useDesignStoreApi();
  return (
    <div className="rs-chips">
      {chips.map((chip) => (
        <span
          key={chip.id}
          className={`rs-chip${chip.missing ? ' rs-chip--missing' : ''}${
            selectedPart === chip.id ? ' is-selected' : ''
          }`}
          title={chip.title}
        >
          <button
            type="button"
            className="rs-chip__select"
            data-testid={`canvas.chip.${chip.id}`}
            onClick={(event) => {
              event.stopPropagation();
              store.getState().select([chip.id]);
            }}
          >
            <Icon name={chip.missing ? 'missing' : iconOfKind('', chip.kind)} size={12} />
            <span className="rs-chip__label">{chip.label}</span>
          </button>
          {!chip.missing && (
            <button
              type="button"
              className="rs-chip__expand nodrag"
              title={`Show ${chip.kind} ${chip.label} as a node`}
              aria-label={`Show ${chip.kind} ${chip.label} as a node`}
              data-testid={`canvas.chip-expand.${chip.id}`}
              onClick={(event) => {
                event.stopPropagation();
                store.getState().setExpanded(chip.id, true);
              }}
            >
              <Icon name="expand" size={10} />
            </button>
          )}
        </span>
      ))}
    </div>
  );
}
