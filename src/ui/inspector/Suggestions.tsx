import { useState } from 'react';

/** A value a field offers, with what it stands for (e.g. the implementation a controller is). */
export interface Suggestion {
  value: string;
  hint?: string;
}

/**
 * The ▾ of a field that offers values: it opens a list under the field (in the page's flow, so
 * nothing clips it) and a click on an entry picks it. Typing stays possible for anything else.
 */
export function Suggestions({
  label,
  items,
  testId,
  onPick,
}: {
  label: string;
  items: readonly Suggestion[];
  /** The field's test id: the button is `<testId>.suggest`, entries `<testId>.option`. */
  testId: string;
  onPick(value: string): void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="rs-field__suggest"
        aria-label={`Choose ${label.toLowerCase()}`}
        aria-expanded={open}
        disabled={items.length === 0}
        title={items.length === 0 ? 'Nothing in the design to choose from' : undefined}
        data-testid={`${testId}.suggest`}
        onClick={() => setOpen(!open)}
      >
        ▾
      </button>
      {open && (
        <ul className="rs-field__options" role="listbox" aria-label={label}>
          {items.map((item) => (
            <li key={item.value} role="option" aria-selected={false}>
              <button
                type="button"
                data-testid={`${testId}.option`}
                onClick={() => {
                  setOpen(false);
                  onPick(item.value);
                }}
              >
                <span className="rs-field__option-value">{item.value}</span>
                {item.hint && <span className="rs-field__option-hint">{item.hint}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
