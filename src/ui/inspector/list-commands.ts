import type { Command, YamlValue } from '../../core/commands/types.ts';
import type { FieldPath } from '../../core/diagnostics.ts';
import { asList, asRecord, getIn, text, type Json } from '../canvas/read-value.ts';
import type { NameValue } from './NameValueList.tsx';

/** Commands on the list at `path` of a resource: append, replace and remove one item. */
export function listEditor<T>(
  key: string,
  path: FieldPath,
  length: number,
  toYaml: (item: T) => YamlValue,
  run: (command: Command) => void,
) {
  return {
    onAdd: (item: T) =>
      run({ type: 'setField', key, path: [...path, length], value: toYaml(item) }),
    onSet: (index: number, item: T) =>
      run({ type: 'setField', key, path: [...path, index], value: toYaml(item) }),
    onRemove: (index: number) =>
      run({ type: 'removeField', key, path: length > 1 ? [...path, index] : path }),
  };
}

/** Gateway API `{name, value, type?}` entries (header and query matches, modifiers). */
export function readNameValues(list: Json, defaultType?: string): NameValue[] {
  return asList(list)
    .map(asRecord)
    .map((h) => ({
      name: text(h.name),
      value: text(h.value),
      ...(defaultType ? { type: text(h.type) || defaultType } : {}),
    }));
}

/** The YAML for an entry; the default match type is left out, as people write it. */
export function nameValueYaml(defaultType?: string) {
  return (e: NameValue): YamlValue => ({
    name: e.name,
    value: e.value,
    ...(e.type && e.type !== defaultType ? { type: e.type } : {}),
  });
}

/**
 * What to remove so that removing `path` from `value` (a resource) leaves no empty mapping
 * behind: the path itself, or the highest parent holding nothing else, never shorter than
 * `floor` parts (`spec` stays).
 */
export function emptiedPath(value: Json, path: FieldPath, floor = 2): FieldPath {
  let at = path;
  while (at.length > floor) {
    const parent = getIn(value, at.slice(0, -1));
    if (Array.isArray(parent) || Object.keys(asRecord(parent)).length !== 1) break;
    at = at.slice(0, -1);
  }
  return at;
}

/** Sets a field, or removes it when the value is empty (an emptied input means "not set"). */
export function setOrRemove(key: string, path: FieldPath, value: YamlValue): Command {
  return value === '' ? { type: 'removeField', key, path } : { type: 'setField', key, path, value };
}
