import type { Diagnostic, FieldPath } from '../diagnostics.ts';
import type { Design } from '../design/design.ts';
import type { TextEdit } from '../design/design-file.ts';

import type { YamlValue } from '../yaml/edit/value.ts';

/** A JSON-like value a command writes into YAML (defined by the YAML edit layer). */
export type { YamlValue };

/** A Gateway API parentRef / backendRef as commands take it (unset fields are not written). */
export interface ObjectRef {
  group?: string;
  kind?: string;
  namespace?: string;
  name: string;
  sectionName?: string;
  port?: number;
  weight?: number;
}

/**
 * Every change the canvas, the inspector or a script makes to the model. A command names its
 * target by resource key (`group/kind/namespace/name`) and by indices or names inside it.
 */
export type Command =
  | {
      type: 'addResource';
      /** File to append to; created when it does not exist. */
      file: string;
      apiVersion: string;
      kind: string;
      /** Defaults to a unique `<kind in kebab case>-<n>`. */
      name?: string;
      namespace?: string;
      /** The rest of the object (spec, labels, …); sensible defaults per kind when omitted. */
      body?: { readonly [key: string]: YamlValue };
    }
  | { type: 'removeResource'; key: string }
  | { type: 'renameResource'; key: string; name: string; updateReferences?: boolean }
  | { type: 'moveToNamespace'; key: string; namespace: string; updateReferences?: boolean }
  | { type: 'duplicateResource'; key: string; name?: string }
  /** Moves an object's document to another file of the design (created when missing). */
  | { type: 'moveToFile'; key: string; file: string }
  | { type: 'addListener'; key: string; listener: { readonly [key: string]: YamlValue } }
  | { type: 'removeListener'; key: string; name: string }
  | { type: 'addRule'; key: string; rule?: { readonly [key: string]: YamlValue }; index?: number }
  | { type: 'removeRule'; key: string; rule: number }
  | { type: 'addMatch'; key: string; rule: number; match: { readonly [key: string]: YamlValue } }
  | { type: 'removeMatch'; key: string; rule: number; match: number }
  | { type: 'addFilter'; key: string; rule: number; filter: { readonly [key: string]: YamlValue } }
  | { type: 'removeFilter'; key: string; rule: number; filter: number }
  | { type: 'addBackend'; key: string; rule: number; backend: ObjectRef }
  | { type: 'removeBackend'; key: string; rule: number; backend: number }
  | { type: 'setBackendWeight'; key: string; rule: number; backend: number; weight: number }
  | { type: 'attachParent'; key: string; parent: ObjectRef }
  | { type: 'detachParent'; key: string; parent: number }
  | { type: 'setHostnames'; key: string; hostnames: readonly string[] }
  /** Sets any field below the resource (the inspector's general path); creates missing parents. */
  | { type: 'setField'; key: string; path: FieldPath; value: YamlValue }
  /** Removes any field or list item below the resource. */
  | { type: 'removeField'; key: string; path: FieldPath };

export type CommandType = Command['type'];

/** A text edit on one file, in that file's offsets before the command. */
export interface FileEdit extends TextEdit {
  file: string;
}

export interface CommandResult {
  design: Design;
  /** The text edits that turned the old design into the new one (what an editor applies). */
  edits: readonly FileEdit[];
  /** Why the command did nothing or did less than asked; empty on success. */
  diagnostics: readonly Diagnostic[];
}
