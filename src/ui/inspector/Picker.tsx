/** One entry of a picker: what a choice does is up to `onPick`. */
export interface PickerOption {
  value: string;
  label: string;
}

/**
 * A menu as a select that always shows its title ("Add backend…"): choosing an entry calls
 * `onPick` with it, one choice is one action. Empty when there is nothing to choose.
 */
export function Picker({
  title,
  options,
  onPick,
  testId,
}: {
  title: string;
  options: readonly PickerOption[];
  onPick(value: string): void;
  testId: string;
}) {
  return (
    <select
      className="rs-picker"
      value=""
      aria-label={title}
      data-testid={testId}
      disabled={options.length === 0}
      onChange={(e) => {
        if (e.target.value) onPick(e.target.value);
      }}
    >
      <option value="">{title}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
