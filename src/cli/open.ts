import { mkdir, realpath, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeShareLink } from '../core/share/index.ts';
import type { CliCommand } from './command.ts';
import { EXIT_INPUT_ERROR, EXIT_OK, type CliIo } from './io.ts';
import { usageError } from './parse-command-line.ts';

/** Some file of the link could not be written (it exists, or its path leaves the folder). */
export const EXIT_NOT_WRITTEN = 1;

const usage = `Usage: route-studio open LINK [--out DIR] [--force]

Writes the files of a Route Studio share link (a whole link, or its #v1/... fragment) under DIR,
byte for byte as they were shared. A link is untrusted: a file whose path would leave DIR is
refused. Quote the link ('...') so the shell leaves it alone.

Options:
  -o, --out DIR   the folder to write into (default: the current folder); created if missing
  --force         overwrite files that exist
  -h, --help      show this help

Exit status: 0 files written, 1 some file was not written (it exists, or its path leaves DIR),
2 the link could not be read or the command line was wrong.
`;

/** Whether `path` is `folder` or inside it. */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Writes one file under `out`, unless its path (after symbolic links) leaves `out`. The codec has
 * already refused absolute names and `..`; a symbolic link inside `out` could still point away.
 */
async function writeInside(
  out: string,
  name: string,
  text: string,
  force: boolean,
): Promise<string | undefined> {
  const path = resolve(out, name);
  if (!isInside(out, path)) return `${name}: the path leaves ${out}`;
  await mkdir(dirname(path), { recursive: true });
  if (!isInside(await realpath(out), await realpath(dirname(path)))) {
    return `${name}: the path leaves ${out} through a symbolic link`;
  }
  try {
    await writeFile(path, text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EEXIST'
      ? `${path} exists (use --force to overwrite it)`
      : `${path}: ${String(error)}`;
  }
  return undefined;
}

async function runOpen(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    return usageError(io, usage, error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) {
    io.stdout(usage);
    return EXIT_OK;
  }
  if (parsed.positionals.length !== 1) return usageError(io, usage, 'Give exactly one link.');
  const decoded = decodeShareLink(parsed.positionals[0]!);
  if (!decoded.ok) {
    io.stderr(`${decoded.error.message}\n`);
    return EXIT_INPUT_ERROR;
  }
  const out = resolve(parsed.values.out ?? '.');
  await mkdir(out, { recursive: true });
  let failed = false;
  for (const file of decoded.document.files) {
    const problem = await writeInside(out, file.name, file.text, parsed.values.force === true);
    if (problem) {
      io.stderr(`Not written: ${problem}\n`);
      failed = true;
    } else io.stdout(`${resolve(out, file.name)}\n`);
  }
  return failed ? EXIT_NOT_WRITTEN : EXIT_OK;
}

/** `open`: writes a share link's files back out. */
export const openCommand: CliCommand = {
  summary: "write a share link's files to a folder",
  usage,
  run: runOpen,
};
