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
  /** Renames a listener; the sectionNames of the routes attached to it follow. */
  | { type: 'renameListener'; key: string; name: string; to: string }
  /**
   * Sets a listener's protocol and keeps the rest valid for it: `tls` (Terminate for HTTPS,
   * Passthrough for TLS, none for HTTP, TCP and UDP), no `hostname` for TCP and UDP, and the
   * well-known port when the listener had the old protocol's (80 ⇄ 443).
   */
  | { type: 'setListenerProtocol'; key: string; name: string; protocol: string }
  /**
   * Sets an Istio Gateway server's protocol and keeps its `tls` sensible for it (SIMPLE with a
   * credential for HTTPS, PASSTHROUGH for TLS, none otherwise) and the port (80 ⇄ 443).
   */
  | { type: 'setServerProtocol'; key: string; server: number; protocol: string }
  /** Adds a DestinationRule subset; subset names are unique. */
  | { type: 'addSubset'; key: string; subset: { readonly [key: string]: YamlValue } }
  /** Renames a DestinationRule subset; the VirtualService destinations routing to it follow. */
  | { type: 'renameSubset'; key: string; name: string; to: string }
  /**
   * Sends a VirtualService http route to a subset of a host: a destination of that host without
   * a subset gets it, else a destination is added (weighted as `addBackend` weights).
   */
  | { type: 'routeToSubset'; key: string; rule: number; host: string; subset: string }
  /** Changes a Service port number; backendRefs and destinations naming the old number follow. */
  | { type: 'setServicePort'; key: string; index: number; port: number }
  | { type: 'addRule'; key: string; rule?: { readonly [key: string]: YamlValue }; index?: number }
  | { type: 'removeRule'; key: string; rule: number }
  | { type: 'addMatch'; key: string; rule: number; match: { readonly [key: string]: YamlValue } }
  | { type: 'removeMatch'; key: string; rule: number; match: number }
  | { type: 'addFilter'; key: string; rule: number; filter: { readonly [key: string]: YamlValue } }
  | { type: 'removeFilter'; key: string; rule: number; filter: number }
  /**
   * Adds a backend (an Istio destination on a VirtualService). A second backend next to one
   * without a weight makes the split visible: both get 50; next to weighted ones it gets 0.
   */
  | { type: 'addBackend'; key: string; rule: number; backend: ObjectRef }
  | { type: 'removeBackend'; key: string; rule: number; backend: number }
  /**
   * Sets a backend's weight. With `balance`, a rule of two weighted backends that add up to 100
   * stays at 100: the other backend gets the rest.
   */
  | {
      type: 'setBackendWeight';
      key: string;
      rule: number;
      backend: number;
      weight: number;
      balance?: boolean;
    }
  /**
   * Writes every backend weight of one rule at once (a weight slider's step). `rule` indexes
   * `spec.rules` of a Gateway API route, or `spec.<section>` of a VirtualService (default http).
   */
  | {
      type: 'setBackendWeights';
      key: string;
      rule: number;
      section?: 'http' | 'tcp' | 'tls';
      weights: readonly number[];
    }
  | { type: 'attachParent'; key: string; parent: ObjectRef }
  | { type: 'detachParent'; key: string; parent: number }
  | { type: 'setHostnames'; key: string; hostnames: readonly string[] }
  /**
   * Makes the list of strings at `path` equal `values` item by item, so unchanged items keep
   * their quoting and comments; an empty list removes the field.
   */
  | { type: 'setList'; key: string; path: FieldPath; values: readonly string[] }
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
