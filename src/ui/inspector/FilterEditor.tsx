import type { Command } from '../../core/commands/types.ts';
import type { FieldPath } from '../../core/diagnostics.ts';
import type { Resource } from '../../core/model/resource.ts';
import { asList, asRecord, text, type Json } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import { filterField, serviceRef } from './filter-defaults.ts';
import { listEditor, nameValueYaml, readNameValues } from './list-commands.ts';
import { NameValueList } from './NameValueList.tsx';
import {
  checkHeaderName,
  checkHostname,
  checkPath,
  checkPercent,
  checkPort,
  splitList,
} from './validate.ts';

export interface FilterEditorProps {
  resourceKey: string;
  namespace: string | undefined;
  filter: Json;
  /** Path of the filter inside the resource. */
  path: FieldPath;
  services: readonly Resource[];
  run(command: Command): void;
}

/** Sets `field` below the filter's settings, or removes it when `value` is empty. */
function setter({ resourceKey: key, filter, path, run }: FilterEditorProps) {
  const base = [...path, filterField(text(asRecord(filter).type))];
  return (field: FieldPath, value: string | number | undefined) =>
    run(
      value === undefined || value === ''
        ? { type: 'removeField', key, path: [...base, ...field] }
        : { type: 'setField', key, path: [...base, ...field], value },
    );
}

/** The settings of one route filter, by type. */
export function FilterEditor(props: FilterEditorProps) {
  const type = text(asRecord(props.filter).type);
  const settings = asRecord(asRecord(props.filter)[filterField(type)]);
  switch (type) {
    case 'RequestHeaderModifier':
    case 'ResponseHeaderModifier':
      return <HeaderModifier {...props} settings={settings} />;
    case 'RequestRedirect':
      return <Redirect {...props} settings={settings} />;
    case 'URLRewrite':
      return <Rewrite {...props} settings={settings} />;
    case 'RequestMirror':
      return <Mirror {...props} settings={settings} />;
    default:
      return <p className="rs-inspector__hint">Edit {type || 'this'} filter in the YAML.</p>;
  }
}

type WithSettings = FilterEditorProps & { settings: Readonly<Record<string, Json>> };

function HeaderModifier(props: WithSettings) {
  const { resourceKey: key, settings, path, run } = props;
  const base = [...path, filterField(text(asRecord(props.filter).type))];
  const list = (field: 'set' | 'add') => {
    const entries = readNameValues(settings[field]);
    return (
      <NameValueList
        title={field === 'set' ? 'Set headers' : 'Add headers'}
        entries={entries}
        checkName={checkHeaderName}
        testId={field === 'set' ? 'setHeader' : 'addHeader'}
        {...listEditor(key, [...base, field], entries.length, nameValueYaml(), run)}
      />
    );
  };
  return (
    <>
      {list('set')}
      {list('add')}
      <Field
        label="Remove headers (comma separated)"
        value={asList(settings.remove).map(text).join(', ')}
        check={(v) => splitList(v).map(checkHeaderName).find(Boolean)}
        testId="inspector.field.removeHeaders"
        onCommit={(v) =>
          run(
            splitList(v).length
              ? { type: 'setField', key, path: [...base, 'remove'], value: splitList(v) }
              : { type: 'removeField', key, path: [...base, 'remove'] },
          )
        }
      />
    </>
  );
}

const SCHEMES = ['keep', 'http', 'https'];
const STATUS_CODES = ['301', '302', '303', '307', '308'];

function Redirect(props: WithSettings) {
  const set = setter(props);
  const { settings } = props;
  return (
    <>
      <Field
        label="Scheme"
        value={text(settings.scheme) || 'keep'}
        options={SCHEMES}
        testId="inspector.field.redirectScheme"
        onCommit={(v) => set(['scheme'], v === 'keep' ? undefined : v)}
      />
      <Field
        label="Hostname"
        value={text(settings.hostname)}
        check={(v) => (v ? checkHostname(v) : undefined)}
        placeholder="keep"
        testId="inspector.field.redirectHostname"
        onCommit={(v) => set(['hostname'], v)}
      />
      <Field
        label="Port"
        value={text(settings.port)}
        check={(v) => (v ? checkPort(v) : undefined)}
        placeholder="keep"
        testId="inspector.field.redirectPort"
        onCommit={(v) => set(['port'], v ? Number(v) : undefined)}
      />
      <Field
        label="Status code"
        value={text(settings.statusCode) || '302'}
        options={STATUS_CODES}
        testId="inspector.field.redirectStatus"
        onCommit={(v) => set(['statusCode'], Number(v))}
      />
    </>
  );
}

const REWRITE_PATHS = ['keep', 'ReplacePrefixMatch', 'ReplaceFullPath'];

function Rewrite(props: WithSettings) {
  const set = setter(props);
  const { resourceKey: key, settings, path, run } = props;
  const rewrite = asRecord(settings.path);
  const type = text(rewrite.type) || 'keep';
  const value = text(
    type === 'ReplaceFullPath' ? rewrite.replaceFullPath : rewrite.replacePrefixMatch,
  );
  const pathField = [...path, 'urlRewrite', 'path'];
  const setPath = (t: string, v: string) =>
    run(
      t === 'keep'
        ? { type: 'removeField', key, path: pathField }
        : {
            type: 'setField',
            key,
            path: pathField,
            value: {
              type: t,
              [t === 'ReplaceFullPath' ? 'replaceFullPath' : 'replacePrefixMatch']: v,
            },
          },
    );
  return (
    <>
      <Field
        label="Hostname"
        value={text(settings.hostname)}
        check={(v) => (v ? checkHostname(v) : undefined)}
        placeholder="keep"
        testId="inspector.field.rewriteHostname"
        onCommit={(v) => set(['hostname'], v)}
      />
      <Field
        label="Path rewrite"
        value={type}
        options={REWRITE_PATHS}
        testId="inspector.field.rewritePathType"
        onCommit={(t) => setPath(t, value || '/')}
      />
      {type !== 'keep' && (
        <Field
          label="New path"
          value={value}
          check={checkPath}
          testId="inspector.field.rewritePath"
          onCommit={(v) => setPath(type, v)}
        />
      )}
    </>
  );
}

function Mirror(props: WithSettings) {
  const set = setter(props);
  const { resourceKey: key, settings, path, run, services, namespace } = props;
  const ref = asRecord(settings.backendRef);
  const current = text(ref.namespace) ? `${text(ref.namespace)}/${text(ref.name)}` : text(ref.name);
  const label = (s: Resource) => (s.namespace === namespace ? s.name : `${s.namespace}/${s.name}`);
  return (
    <>
      <Field
        label="Mirror to Service"
        value={current}
        options={services.map(label)}
        testId="inspector.field.mirrorService"
        onCommit={(v) => {
          const service = services.find((s) => label(s) === v);
          if (service)
            run({
              type: 'setField',
              key,
              path: [...path, 'requestMirror', 'backendRef'],
              value: serviceRef(service, namespace),
            });
        }}
      />
      <Field
        label="Port"
        value={text(ref.port)}
        check={checkPort}
        testId="inspector.field.mirrorPort"
        onCommit={(v) => set(['backendRef', 'port'], Number(v))}
      />
      <Field
        label="Percent mirrored"
        value={text(settings.percent)}
        check={(v) => (v ? checkPercent(v) : undefined)}
        placeholder="100"
        testId="inspector.field.mirrorPercent"
        onCommit={(v) => set(['percent'], v ? Number(v) : undefined)}
      />
    </>
  );
}
