import type { SourceFile } from '../design/design.ts';
import type { DesignDocument } from './document.ts';

/** The document of a design made of these files, with no view state yet. */
export function documentOfFiles(files: readonly SourceFile[]): DesignDocument {
  return { files, positions: {}, view: {}, settings: {} };
}

/** A new, empty design: one empty file to type into. */
export function emptyDocument(): DesignDocument {
  return documentOfFiles([{ name: 'design.yaml', text: '' }]);
}

/** True when the design has no text at all (a new design nobody has typed into). */
export function isEmptyDocument(document: DesignDocument): boolean {
  return document.files.every((f) => f.text.trim() === '');
}
