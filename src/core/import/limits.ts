import { MAX_DESIGN_FILE_BYTES } from '../document/design-file.ts';
import { MAX_FILE_BYTES } from '../yaml/limits.ts';

/**
 * What one import may bring. Checked on the sizes the browser reports before anything is read,
 * so a huge drop is refused at once instead of freezing the page. Listed in the README (Limits).
 */
export const IMPORT_LIMITS = {
  /** One YAML or JSON file: the size the parser takes (larger files are refused, not read). */
  fileBytes: MAX_FILE_BYTES,
  /** A design file (`*.routestudio.json`), which holds all the files of a design. */
  designFileBytes: MAX_DESIGN_FILE_BYTES,
  /** All files of one import together. */
  totalBytes: 10 * 1024 * 1024,
  /** Files in one import (a folder counts its YAML and JSON files). */
  files: 500,
} as const;

/** How design files are named (they open as a design of their own; see docs/design-file.md). */
export const DESIGN_FILE_SUFFIX = '.routestudio.json';

/** The extensions import reads; other files of a folder are skipped. */
export const IMPORT_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

export function hasImportExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.some((e) => lower.endsWith(e));
}

/** `1.5 MiB`, `820 KiB`, `12 bytes`: sizes as messages show them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

/** A candidate file as the browser describes it before reading it. */
export interface FileCandidate {
  name: string;
  size: number;
}

export interface SizeVerdict {
  accepted: FileCandidate[];
  /** Files refused, each with the reason, in the order given. */
  refused: { name: string; message: string }[];
}

/**
 * Sorts candidates into those to read and those refused by size or count, before reading any:
 * each file against the per-file limit, then in order against the total and the count.
 */
export function checkSizes(candidates: readonly FileCandidate[]): SizeVerdict {
  const verdict: SizeVerdict = { accepted: [], refused: [] };
  let total = 0;
  for (const file of candidates) {
    const designFile = file.name.toLowerCase().endsWith(DESIGN_FILE_SUFFIX);
    const limit = designFile ? IMPORT_LIMITS.designFileBytes : IMPORT_LIMITS.fileBytes;
    if (file.size > limit) {
      verdict.refused.push({
        name: file.name,
        message: `${formatBytes(file.size)} is over the ${formatBytes(limit)} ${designFile ? 'a design file' : 'a file'} may have; it was not read.`,
      });
    } else if (designFile) {
      verdict.accepted.push(file);
    } else if (verdict.accepted.length >= IMPORT_LIMITS.files) {
      verdict.refused.push({
        name: file.name,
        message: `An import takes at most ${IMPORT_LIMITS.files} files; this one was not read.`,
      });
    } else if (total + file.size > IMPORT_LIMITS.totalBytes) {
      verdict.refused.push({
        name: file.name,
        message: `The import would pass ${formatBytes(IMPORT_LIMITS.totalBytes)} in all; this file was not read.`,
      });
    } else {
      total += file.size;
      verdict.accepted.push(file);
    }
  }
  return verdict;
}
