import { useEffect, useRef, useState } from 'react';

/**
 * An inline file name field: Enter commits (a problem keeps it open, saying why), Escape and
 * leaving it cancel. The name is selected up to its extension, ready to be typed over.
 */
export function FileNameInput({
  initial,
  onCommit,
  onCancel,
  onDone,
}: {
  initial: string;
  /** Returns why the name cannot be used, or nothing when it was. */
  onCommit(name: string): string | undefined;
  onCancel(): void;
  onDone(): void;
}) {
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string>();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus();
    const dot = initial.lastIndexOf('.');
    input.setSelectionRange(0, dot > 0 ? dot : initial.length);
  }, [initial]);
  return (
    <span className="yaml-tab-edit">
      <input
        ref={ref}
        value={value}
        aria-label="File name"
        aria-invalid={problem !== undefined}
        data-testid="fileTabs.name-input"
        size={Math.max(12, value.length + 1)}
        onChange={(e) => {
          setValue(e.target.value);
          setProblem(undefined);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') onCancel();
          if (e.key !== 'Enter') return;
          const result = value === initial && initial !== '' ? undefined : onCommit(value);
          if (result) setProblem(result);
          else onDone();
        }}
        onBlur={onCancel}
      />
      {problem && (
        <span className="yaml-tab-problem" role="alert" data-testid="fileTabs.problem">
          {problem}
        </span>
      )}
    </span>
  );
}
