import type { Command } from '../../core/commands/types.ts';
import type { FieldPath } from '../../core/diagnostics.ts';
import { asRecord, text, type Json } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import { listEditor, nameValueYaml, readNameValues } from './list-commands.ts';
import { NameValueList } from './NameValueList.tsx';
import { checkHeaderName, checkPath, checkQueryParamName } from './validate.ts';

const PATH_TYPES = ['PathPrefix', 'Exact', 'RegularExpression'] as const;
const MATCH_TYPES = ['Exact', 'RegularExpression'] as const;
const ANY = 'any';
const METHODS = [
  ANY,
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'CONNECT',
  'TRACE',
];

export interface MatchEditorProps {
  resourceKey: string;
  match: Json;
  /** Path of the match inside the resource (`spec.rules[i].matches[j]`). */
  path: FieldPath;
  run(command: Command): void;
}

/** One HTTPRoute match: path, method, header and query-parameter conditions (all must hold). */
export function HttpMatchEditor({ resourceKey: key, match, path, run }: MatchEditorProps) {
  const m = asRecord(match);
  const p = asRecord(m.path);
  const type = text(p.type) || 'PathPrefix';
  const value = text(p.value) || '/';
  const setPath = (next: { type: string; value: string }) =>
    run({ type: 'setField', key, path: [...path, 'path'], value: next });
  const headers = readNameValues(m.headers, 'Exact');
  const query = readNameValues(m.queryParams, 'Exact');
  return (
    <>
      <Field
        label="Path match"
        value={type}
        options={PATH_TYPES}
        testId="inspector.field.pathType"
        onCommit={(t) => setPath({ type: t, value })}
      />
      <Field
        label="Path"
        value={value}
        check={checkPath}
        testId="inspector.field.pathValue"
        onCommit={(v) => setPath({ type, value: v })}
      />
      <Field
        label="Method"
        value={text(m.method) || ANY}
        options={METHODS}
        testId="inspector.field.method"
        onCommit={(v) =>
          run(
            v === ANY
              ? { type: 'removeField', key, path: [...path, 'method'] }
              : { type: 'setField', key, path: [...path, 'method'], value: v },
          )
        }
      />
      <NameValueList
        title="Headers"
        entries={headers}
        types={MATCH_TYPES}
        checkName={checkHeaderName}
        testId="headerMatch"
        {...listEditor(key, [...path, 'headers'], headers.length, nameValueYaml('Exact'), run)}
      />
      <NameValueList
        title="Query parameters"
        entries={query}
        types={MATCH_TYPES}
        checkName={checkQueryParamName}
        testId="queryMatch"
        {...listEditor(key, [...path, 'queryParams'], query.length, nameValueYaml('Exact'), run)}
      />
    </>
  );
}
