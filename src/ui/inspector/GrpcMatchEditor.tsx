import { asRecord, text } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import type { MatchEditorProps } from './HttpMatchEditor.tsx';
import { listEditor, nameValueYaml, readNameValues } from './list-commands.ts';
import { NameValueList } from './NameValueList.tsx';
import { checkHeaderName } from './validate.ts';

const MATCH_TYPES = ['Exact', 'RegularExpression'] as const;

/** `package.Service` as gRPC names it (letters, digits, `_` and dots). */
function checkGrpcName(value: string): string | undefined {
  if (!value) return undefined;
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(value)
    ? undefined
    : 'Use letters, digits, "_" and "." (e.g. shop.v1.Cart).';
}

/** One GRPCRoute match: service and method (either may be left out), header conditions. */
export function GrpcMatchEditor({ resourceKey: key, match, path, run }: MatchEditorProps) {
  const m = asRecord(match);
  const method = asRecord(m.method);
  const setMethod = (field: string, value: string) =>
    run(
      value
        ? { type: 'setField', key, path: [...path, 'method', field], value }
        : { type: 'removeField', key, path: [...path, 'method', field] },
    );
  const headers = readNameValues(m.headers, 'Exact');
  return (
    <>
      <Field
        label="Method match"
        value={text(method.type) || 'Exact'}
        options={MATCH_TYPES}
        testId="inspector.field.grpcMatchType"
        onCommit={(v) => setMethod('type', v)}
      />
      <Field
        label="Service"
        value={text(method.service)}
        check={checkGrpcName}
        placeholder="any service"
        testId="inspector.field.grpcService"
        onCommit={(v) => setMethod('service', v)}
      />
      <Field
        label="Method"
        value={text(method.method)}
        check={checkGrpcName}
        placeholder="any method"
        testId="inspector.field.grpcMethod"
        onCommit={(v) => setMethod('method', v)}
      />
      <NameValueList
        title="Headers"
        entries={headers}
        types={MATCH_TYPES}
        checkName={checkHeaderName}
        testId="headerMatch"
        {...listEditor(key, [...path, 'headers'], headers.length, nameValueYaml('Exact'), run)}
      />
    </>
  );
}
