import { useEffect, useId, useState } from 'react';

export interface FieldProps {
  label: string;
  value: string;
  /** Returns what is wrong with a draft, or undefined. */
  check?: (value: string) => string | undefined;
  /** Called with a valid, changed value on Enter or when the field loses focus. */
  onCommit(value: string): void;
  testId: string;
  placeholder?: string;
  /** Rendered as a select with these options. */
  options?: readonly string[];
}

/**
 * An input that edits a local draft and commits it (one command, one undo step) on Enter or
 * blur, only when valid; Escape reverts. The message under it says what is wrong.
 */
export function Field({ label, value, check, onCommit, testId, placeholder, options }: FieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  // The design changed underneath (undo, YAML typing): show the new value.
  useEffect(() => {
    setDraft(value);
    setError(undefined);
  }, [value]);

  const commit = (next: string) => {
    const problem = check?.(next);
    setError(problem);
    if (!problem && next !== value) onCommit(next);
  };

  return (
    <div className="rs-field">
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select
          id={id}
          value={draft}
          data-testid={testId}
          onChange={(e) => {
            setDraft(e.target.value);
            commit(e.target.value);
          }}
        >
          {!options.includes(draft) && <option value={draft}>{draft || '—'}</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          value={draft}
          placeholder={placeholder}
          data-testid={testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            if (error) setError(check?.(e.target.value));
          }}
          onBlur={() => commit(draft)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(draft);
            if (e.key === 'Escape') {
              setDraft(value);
              setError(undefined);
            }
          }}
        />
      )}
      {error && (
        <div
          id={`${id}-error`}
          className="rs-field__error"
          role="alert"
          data-testid="inspector.error"
        >
          {error}
        </div>
      )}
    </div>
  );
}
