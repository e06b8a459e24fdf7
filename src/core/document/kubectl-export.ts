import type { DesignFile } from '../design/design-file.ts';
import { designSources, type Design, type SourceFile } from '../design/design.ts';
import { ROUTE_STUDIO_GROUP } from '../model/kinds.ts';

/** The API group of a document's `apiVersion` (`''` for the core group), if it has one. */
function groupOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const slash = value.indexOf('/');
  return slash === -1 ? '' : value.slice(0, slash);
}

/** The groups of the file's non-empty documents (undefined for one without an apiVersion). */
function documentGroups(file: DesignFile): (string | undefined)[] {
  const groups: (string | undefined)[] = [];
  for (const segment of file.segments)
    for (const doc of segment.docs) {
      if (doc.contents === null) continue;
      const apiVersion: unknown =
        doc.contents && 'get' in doc.contents ? doc.get('apiVersion') : undefined;
      groups.push(groupOf(apiVersion));
    }
  return groups;
}

/** True when every document of the file is Route Studio's own (`routestudio.dev/…`, e.g. routing tests). */
export function isEditorOnlyFile(file: DesignFile): boolean {
  const groups = documentGroups(file);
  return groups.length > 0 && groups.every((g) => g === ROUTE_STUDIO_GROUP);
}

/** True when the file holds no document at all (empty, or comments only). */
function isBlank(file: DesignFile): boolean {
  return documentGroups(file).length === 0;
}

/**
 * The files `kubectl apply -f` takes as they are: every file of the design, byte for byte, except
 * Route Studio's own files and files without any document (kubectl refuses an empty file).
 */
export function kubectlFiles(design: Design): SourceFile[] {
  const kept = new Set(design.files.filter((f) => !isEditorOnlyFile(f) && !isBlank(f)));
  return designSources(design).filter((_, i) => kept.has(design.files[i]!));
}

/** The first line that is neither blank nor a comment. */
function firstContentLine(text: string): string {
  for (const line of text.split('\n', 64)) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return line;
  }
  return '';
}

/**
 * The files as one multi-document YAML stream, each file's text kept as written: a `---` line
 * between files (unless the next one starts with its own), a newline added where a file lacks
 * its last, and `...` before a file that starts with directives (`%YAML`), as the spec requires.
 */
export function joinAsMultiDocument(files: readonly SourceFile[]): string {
  let out = '';
  for (const { name, text } of files) {
    // A byte order mark may only open the stream, not a document in the middle of it.
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    if (out !== '') {
      const first = firstContentLine(body);
      if (first.startsWith('%')) out += '...\n';
      else if (!/^---(\s|$)/.test(first)) out += '---\n';
    }
    out += `# Source: ${name.replace(/[\r\n]/g, ' ')}\n`;
    out += body.endsWith('\n') || body === '' ? body : `${body}\n`;
  }
  return out;
}
