import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useDesignStoreApi } from '../state/store-context.tsx';
import { Suggestions, type Suggestion } from './Suggestions.tsx';

export type { Suggestion };

export interface FieldProps {
  label: string;
  value: string;
  /** Returns what is wrong with a draft, or undefined. */
  check?: (value: string) => string | undefined;
  /**
   * Called with a valid, changed value on Enter or when the field loses focus. What it returns
   * (why the value was refused, e.g. a name already taken) is shown as the field's error.
   */
  onCommit(value: string): string | void;
  testId: string;
  placeholder?: string;
  /** Rendered as a select with these options. */
  options?: readonly string[];
  /** Values offered under the input (▾): a click commits one; any other value can be typed. */
  suggestions?: readonly Suggestion[];
}

/**
 * An input that edits a local draft and commits it (one command, one undo step) on Enter or
 * blur, only when valid; Escape reverts. The message under it says what is wrong.
 *
 * Ctrl/Cmd+Z in the field undoes in the designer's one history, never in the input alone: a
 * changed draft is committed first and that commit is what is undone (redo brings it back); a
 * draft that is invalid or refused is dropped. The field then shows the value of the design.
 */
export function Field({
  label,
  value,
  check,
  onCommit,
  testId,
  placeholder,
  options,
  suggestions,
}: FieldProps) {
  const store = useDesignStoreApi();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  // Bumped after undo/redo: the value may come back unchanged while the draft differs.
  const [resync, setResync] = useState(0);
  const id = useId();
  // The design changed underneath (undo, YAML typing): show the new value.
  useEffect(() => {
    setDraft(value);
    setError(undefined);
  }, [value, resync]);

  /** Commits a draft; false when it was refused (the reason then shows under the field). */
  const commit = (next: string): boolean => {
    const problem = check?.(next) ?? (next === value ? undefined : onCommit(next));
    setError(problem || undefined);
    return !problem;
  };

  const onHistoryKey = (e: KeyboardEvent<HTMLElement>) => {
    const key = e.key.toLowerCase();
    if (!(e.ctrlKey || e.metaKey) || (key !== 'z' && key !== 'y')) return false;
    e.preventDefault();
    // A draft that cannot be committed is dropped: that is what undoing it means.
    if (commit(draft)) {
      const state = store.getState();
      if (key === 'y' || e.shiftKey) state.redo();
      else state.undo();
    }
    setResync((n) => n + 1);
    return true;
  };

  return (
    <div className="rs-field">
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select
          id={id}
          value={draft}
          data-testid={testId}
          onKeyDown={onHistoryKey}
          onChange={(e) => {
            setDraft(e.target.value);
            commit(e.target.value);
          }}
        >
          {!options.includes(draft) && <option value={draft}>{draft || '—'}</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {o || '—'}
            </option>
          ))}
        </select>
      ) : (
        <div className="rs-field__input">
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
              if (onHistoryKey(e)) return;
              if (e.key === 'Enter') commit(draft);
              if (e.key === 'Escape') {
                setDraft(value);
                setError(undefined);
              }
            }}
          />
          {suggestions && (
            <Suggestions
              label={label}
              items={suggestions}
              testId={testId}
              onPick={(picked) => {
                setDraft(picked);
                commit(picked);
              }}
            />
          )}
        </div>
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
