import type { SourceFile } from '../../core/design/design.ts';
import { checkSizes, hasImportExtension } from '../../core/import/limits.ts';
import type { ImportProblem } from '../../core/import/plan.ts';

/** A file to import and the name it gets in the design (its path inside a dropped folder). */
export interface Candidate {
  file: File;
  name: string;
}

export interface ReadResult {
  files: SourceFile[];
  /** Files not read: too large, too many, not text, not YAML or JSON. */
  problems: ImportProblem[];
}

/**
 * Reads candidates as text, exactly: sizes are checked first (from `File.size`, nothing read),
 * then each file is decoded as strict UTF-8 keeping a byte order mark, so exporting gives back
 * the same bytes. Folder entries that are not YAML or JSON are skipped with a note.
 */
export async function readCandidates(candidates: readonly Candidate[]): Promise<ReadResult> {
  const problems: ImportProblem[] = [];
  const typed = candidates.filter((c) => {
    if (hasImportExtension(c.name)) return true;
    problems.push({ file: c.name, message: 'Not a .yaml, .yml or .json file: skipped.' });
    return false;
  });
  const verdict = checkSizes(typed.map((c) => ({ name: c.name, size: c.file.size })));
  for (const refused of verdict.refused)
    problems.push({ file: refused.name, message: refused.message });
  const accepted = new Set(verdict.accepted.map((c) => c.name));
  const files: SourceFile[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (const candidate of typed) {
    if (!accepted.has(candidate.name)) continue;
    try {
      files.push({
        name: candidate.name,
        text: decoder.decode(await candidate.file.arrayBuffer()),
      });
    } catch {
      problems.push({
        file: candidate.name,
        message: 'Not UTF-8 text: the file was not imported.',
      });
    }
  }
  return { files, problems };
}

/** Candidates from a file picker: a folder's files are named by their path inside it. */
export function pickedCandidates(list: FileList | null): Candidate[] {
  return [...(list ?? [])].map((file) => ({ file, name: file.webkitRelativePath || file.name }));
}

const isHidden = (name: string) => name.split('/').some((part) => part.startsWith('.'));

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: Candidate[]): Promise<void> {
  const name = entry.fullPath.replace(/^\//, '');
  if (isHidden(name)) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ file, name });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches: read until it gives an empty one.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader))
    for (const child of batch) await walk(child, out);
}

/** Candidates from a drop: files, and every file of dropped folders (hidden ones skipped). */
export async function droppedCandidates(data: DataTransfer): Promise<Candidate[]> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length > 0 && entries.every((e) => e !== null)) {
    const out: Candidate[] = [];
    for (const entry of entries) await walk(entry!, out);
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return [...data.files].map((file) => ({ file, name: file.name }));
}
