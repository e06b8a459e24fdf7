import type { YamlValue } from '../../core/commands/types.ts';
import { asRecord, text } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import type { MatchEditorProps } from './HttpMatchEditor.tsx';
import { NameValueList, type NameValue } from './NameValueList.tsx';
import { checkHeaderName, checkPath } from './validate.ts';

const STRING_MATCH = ['prefix', 'exact', 'regex'] as const;
const URI_KINDS = ['any', ...STRING_MATCH];

/** The kind and value of an Istio StringMatch (`{prefix: /api}`). */
function readStringMatch(value: unknown): { kind: string; value: string } | undefined {
  const m = asRecord(value);
  const kind = STRING_MATCH.find((k) => k in m);
  return kind ? { kind, value: text(m[kind]) } : undefined;
}

/** One VirtualService http match: the URI condition and header conditions (all must hold). */
export function IstioMatchEditor({ resourceKey: key, match, path, run }: MatchEditorProps) {
  const m = asRecord(match);
  const uri = readStringMatch(m.uri);
  const setUri = (kind: string, value: string) =>
    run(
      kind === 'any'
        ? { type: 'removeField', key, path: [...path, 'uri'] }
        : { type: 'setField', key, path: [...path, 'uri'], value: { [kind]: value } },
    );
  const headers: NameValue[] = Object.entries(asRecord(m.headers)).map(([name, v]) => {
    const condition = readStringMatch(v) ?? { kind: 'exact', value: '' };
    return { name, type: condition.kind, value: condition.value };
  });
  const writeHeaders = (next: readonly NameValue[]) => {
    const map: Record<string, YamlValue> = {};
    for (const h of next) map[h.name] = { [h.type ?? 'exact']: h.value };
    run(
      next.length
        ? { type: 'setField', key, path: [...path, 'headers'], value: map }
        : { type: 'removeField', key, path: [...path, 'headers'] },
    );
  };
  return (
    <>
      <Field
        label="URI match"
        value={uri?.kind ?? 'any'}
        options={URI_KINDS}
        testId="inspector.field.uriMatchType"
        onCommit={(kind) => setUri(kind, uri?.value || '/')}
      />
      {uri && (
        <Field
          label="URI"
          value={uri.value}
          check={uri.kind === 'regex' ? (v) => (v ? undefined : 'Required.') : checkPath}
          testId="inspector.field.uriMatchValue"
          onCommit={(v) => setUri(uri.kind, v)}
        />
      )}
      <NameValueList
        title="Headers"
        entries={headers}
        types={STRING_MATCH}
        checkName={checkHeaderName}
        testId="headerMatch"
        onAdd={(entry) => writeHeaders([...headers, entry])}
        onSet={(i, entry) => writeHeaders(headers.map((h, j) => (j === i ? entry : h)))}
        onRemove={(i) => writeHeaders(headers.filter((_, j) => j !== i))}
      />
    </>
  );
}
