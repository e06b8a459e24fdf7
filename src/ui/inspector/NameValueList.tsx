import { useState } from 'react';
import { Field } from './Field.tsx';

/** One header or query-parameter entry: name, value and (for matches) how to compare. */
export interface NameValue {
  name: string;
  value: string;
  type?: string;
}

export interface NameValueListProps {
  title: string;
  entries: readonly NameValue[];
  /** Match types to choose from (first is the default); none for plain name/value lists. */
  types?: readonly string[];
  checkName(name: string): string | undefined;
  /** Base of the test ids: `inspector.field.<testId>Name`, `…Value`, `…Type`, `new…`. */
  testId: string;
  onAdd(entry: NameValue): void;
  onSet(index: number, entry: NameValue): void;
  onRemove(index: number): void;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Edits a list of name/value entries (header and query matches, header modifiers): each row
 * commits on its own; the last row adds an entry once its name is valid.
 */
export function NameValueList(props: NameValueListProps) {
  const { title, entries, types, checkName, testId, onSet, onRemove } = props;
  return (
    <div className="rs-namevalues" data-testid={`inspector.${testId}`}>
      <div className="rs-namevalues__title">{title}</div>
      {entries.map((entry, i) => (
        <div key={i} className="rs-namevalues__row">
          <Field
            label="Name"
            value={entry.name}
            check={checkName}
            testId={`inspector.field.${testId}Name`}
            onCommit={(name) => onSet(i, { ...entry, name })}
          />
          {types && (
            <Field
              label="Type"
              value={entry.type ?? types[0]!}
              options={types}
              testId={`inspector.field.${testId}Type`}
              onCommit={(type) => onSet(i, { ...entry, type })}
            />
          )}
          <Field
            label="Value"
            value={entry.value}
            testId={`inspector.field.${testId}Value`}
            onCommit={(value) => onSet(i, { ...entry, value })}
          />
          <button
            type="button"
            className="rs-inspector__remove"
            onClick={() => onRemove(i)}
            aria-label={`Remove ${entry.name}`}
          >
            ×
          </button>
        </div>
      ))}
      <NewEntry {...props} />
    </div>
  );
}

function NewEntry({ entries, types, checkName, testId, onAdd }: NameValueListProps) {
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = capital(testId);
  const add = () => {
    const taken = entries.some((e) => e.name.toLowerCase() === name.trim().toLowerCase());
    const problem =
      checkName(name.trim()) ?? (taken ? `${name.trim()} is already listed.` : undefined);
    setError(problem);
    if (problem) return;
    onAdd({ name: name.trim(), value, ...(types ? { type: types[0] } : {}) });
    setName('');
    setValue('');
  };
  return (
    <div className="rs-namevalues__new">
      <input
        placeholder="name"
        aria-label="New name"
        value={name}
        data-testid={`inspector.field.new${id}Name`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && add()}
      />
      <input
        placeholder="value"
        aria-label="New value"
        value={value}
        data-testid={`inspector.field.new${id}Value`}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && add()}
      />
      <button type="button" onClick={add} data-testid={`inspector.add.${testId}`}>
        Add
      </button>
      {error && (
        <div className="rs-field__error" role="alert" data-testid="inspector.error">
          {error}
        </div>
      )}
    </div>
  );
}
