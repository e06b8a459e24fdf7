import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { SourceFile } from '../core/design/design.ts';

/** Extensions picked up when walking a directory (a file named explicitly is read whatever its name). */
export const INPUT_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

export interface Inputs {
  /** Files read, in argument order; a directory's files sorted by path. Each file at most once. */
  sources: SourceFile[];
  /** One `file-unreadable` error per path that could not be read. */
  diagnostics: Diagnostic[];
}

/**
 * Reads the files and directories named on the command line. Directories are walked recursively
 * (hidden directories such as `.git` are skipped) for `.yaml`, `.yml` and `.json` files. Never
 * throws: a path that cannot be read becomes a diagnostic so the other inputs are still used.
 */
export async function readInputs(paths: readonly string[]): Promise<Inputs> {
  const inputs: Inputs = { sources: [], diagnostics: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    try {
      const info = await stat(path);
      const files = info.isDirectory() ? await walk(path, new Set()) : [path];
      for (const file of files) await readOne(file, seen, inputs);
    } catch (error) {
      inputs.diagnostics.push(unreadable(path, error));
    }
  }
  return inputs;
}

async function readOne(file: string, seen: Set<string>, inputs: Inputs): Promise<void> {
  try {
    const real = await realpath(file);
    if (seen.has(real)) return;
    seen.add(real);
    inputs.sources.push({ name: file, text: await readFile(file, 'utf8') });
  } catch (error) {
    inputs.diagnostics.push(unreadable(file, error));
  }
}

/** All input files below `dir`, sorted by path (code-unit order, so the result is locale-free). */
async function walk(dir: string, visited: Set<string>): Promise<string[]> {
  // Symlinked directories can form cycles; each real directory is walked once.
  const real = await realpath(dir);
  if (visited.has(real)) return [];
  visited.add(real);
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const isDirectory =
      entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectoryPath(path)));
    if (isDirectory) {
      if (!entry.name.startsWith('.')) found.push(...(await walk(path, visited)));
    } else if (INPUT_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
      found.push(path);
    }
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function isDirectoryPath(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function unreadable(path: string, error: unknown): Diagnostic {
  // Node's messages read `ENOENT: no such file or directory, stat 'x'`: keep the part before the path.
  const reason =
    error instanceof Error ? (error.message.split(',')[0] ?? error.message) : String(error);
  return {
    code: 'file-unreadable',
    severity: 'error',
    message: `Cannot read ${path}: ${reason}`,
    file: path,
  };
}
