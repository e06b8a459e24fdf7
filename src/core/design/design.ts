import type { Diagnostic } from '../diagnostics.ts';
import type { Resource } from '../model/resource.ts';
import { displayName } from '../model/resource.ts';
import {
  createDesignFile,
  diffToEdit,
  editDesignFile,
  fileDiagnostics,
  fileResources,
  type DesignFile,
  type TextEdit,
} from './design-file.ts';
import { locateResource } from './locate.ts';

export interface DesignOptions {
  /** Namespace given to namespaced objects that do not name one (`kubectl` uses `default`). */
  defaultNamespace: string;
}

export const DEFAULT_OPTIONS: DesignOptions = { defaultNamespace: 'default' };

/**
 * The whole design: its files, in order, and what is derived from them. Immutable: every change
 * returns a new Design that shares the unchanged files, segments and resources.
 */
export interface Design {
  options: DesignOptions;
  files: readonly DesignFile[];
  /** Every resource, in file and document order. Duplicates of a key are kept here. */
  resources: readonly Resource[];
  /** First resource of each key. */
  byKey: ReadonlyMap<string, Resource>;
  /** Parse and identity diagnostics (analysis adds its own elsewhere). */
  diagnostics: readonly Diagnostic[];
}

export interface SourceFile {
  name: string;
  text: string;
}

export function createDesign(
  files: readonly SourceFile[],
  options: Partial<DesignOptions> = {},
): Design {
  const resolved = { ...DEFAULT_OPTIONS, ...options };
  return assemble(
    resolved,
    files.map((f) => createDesignFile(f.name, f.text, resolved.defaultNamespace)),
  );
}

/**
 * Derives the design-wide lists from the files. Per-file results are cached by file object, so
 * after an edit this is one pass over the resources (for duplicate keys), not a re-parse.
 */
function assemble(options: DesignOptions, files: readonly DesignFile[]): Design {
  const resources: Resource[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    for (const resource of fileResources(file)) resources.push(resource);
    for (const diagnostic of fileDiagnostics(file)) diagnostics.push(diagnostic);
  }
  const byKey = new Map<string, Resource>();
  const fileSet = { files };
  for (const resource of resources) {
    const first = byKey.get(resource.key);
    if (!first) {
      byKey.set(resource.key, resource);
      continue;
    }
    const firstAt = locateResource(fileSet, first);
    const where = firstAt ? ` (${firstAt.file}:${firstAt.start.line})` : '';
    diagnostics.push({
      code: 'duplicate-resource',
      severity: 'error',
      message: `${displayName(resource)} is defined twice; the first definition${where} is used.`,
      file: resource.file,
      range: locateResource(fileSet, resource),
      resource: { kind: resource.kind, namespace: resource.namespace, name: resource.name },
    });
  }
  return { options, files, resources, byKey, diagnostics };
}

export function findFile(design: Design, name: string): DesignFile | undefined {
  return design.files.find((f) => f.name === name);
}

/** Applies text edits to one file, re-parsing only the segments they touch. */
export function editFile(design: Design, name: string, edits: readonly TextEdit[]): Design {
  const file = findFile(design, name);
  if (!file) throw new Error(`No file named ${name} in the design`);
  const updated = editDesignFile(file, edits, design.options.defaultNamespace);
  if (updated === file) return design;
  return assemble(
    design.options,
    design.files.map((f) => (f === file ? updated : f)),
  );
}

/** Replaces one file's text (as an editor does), re-parsing only what changed. */
export function setFileText(design: Design, name: string, text: string): Design {
  const file = findFile(design, name);
  if (!file) return addFile(design, { name, text });
  const edit = diffToEdit(file.text, text);
  return edit ? editFile(design, name, [edit]) : design;
}

/** Adds a file at the end (or at `index`); an existing file of that name gets the text instead. */
export function addFile(design: Design, source: SourceFile, index?: number): Design {
  if (findFile(design, source.name)) return setFileText(design, source.name, source.text);
  const files = [...design.files];
  const file = createDesignFile(source.name, source.text, design.options.defaultNamespace);
  files.splice(index ?? files.length, 0, file);
  return assemble(design.options, files);
}

/**
 * Gives a file another name, in place. Its resources remember their file, so the file is parsed
 * again under the new name; its text and its place in the order stay.
 */
export function renameFile(design: Design, from: string, to: string): Design {
  const file = findFile(design, from);
  if (!file || from === to) return design;
  if (findFile(design, to)) throw new Error(`The design already has a file named ${to}`);
  const renamed = createDesignFile(to, file.text, design.options.defaultNamespace);
  return assemble(
    design.options,
    design.files.map((f) => (f === file ? renamed : f)),
  );
}

export function removeFile(design: Design, name: string): Design {
  return assemble(
    design.options,
    design.files.filter((f) => f.name !== name),
  );
}

/**
 * The design of exactly these sources, in their order, re-parsing only what changed since
 * `previous` (same options): how a copy of a design kept elsewhere (the analysis worker) follows
 * the original from its texts alone. Returns `previous` itself when nothing changed.
 */
export function designFromSources(
  sources: readonly SourceFile[],
  options: Partial<DesignOptions> = {},
  previous?: Design,
): Design {
  const resolved = { ...DEFAULT_OPTIONS, ...options };
  if (!previous || previous.options.defaultNamespace !== resolved.defaultNamespace)
    return createDesign(sources, resolved);
  const files = sources.map((source) => {
    const file = findFile(previous, source.name);
    if (!file) return createDesignFile(source.name, source.text, resolved.defaultNamespace);
    const edit = diffToEdit(file.text, source.text);
    return edit ? editDesignFile(file, [edit], resolved.defaultNamespace) : file;
  });
  const unchanged =
    files.length === previous.files.length && files.every((f, i) => f === previous.files[i]);
  return unchanged ? previous : assemble(previous.options, files);
}

/** The design's files as plain text, in order: what export and the CLI write. */
export function designSources(design: Design): SourceFile[] {
  return design.files.map((f) => ({ name: f.name, text: f.text }));
}
