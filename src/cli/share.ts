import { stat } from 'node:fs/promises';
import { basename, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { SourceFile } from '../core/design/design.ts';
import { encodeShareLink } from '../core/share/index.ts';
import type { CliCommand } from './command.ts';
import { formatDiagnostic } from './format-diagnostic.ts';
import { EXIT_INPUT_ERROR, EXIT_OK, type CliIo } from './io.ts';
import { usageError } from './parse-command-line.ts';
import { readInputs } from './read-inputs.ts';

/** Where links point unless `--base-url` names a deployed copy: the address `npm start` serves. */
export const DEFAULT_BASE_URL = 'http://localhost:5173/';

/** Link lengths past which common tools cut or break links (Discord; many trackers and proxies). */
const LENGTH_WARNINGS = [2000, 8000];

/** The design could not be put in a link (too large, or a file name a link may not carry). */
export const EXIT_NOT_SHAREABLE = 1;

const usage = `Usage: route-studio share [--base-url URL] FILE|DIR...

Prints a link that opens the given manifests in Route Studio, the whole design in the link's
fragment (no server sees it). The link is the last line of output. Files keep their names
relative to the directory given (a file given by itself keeps its base name) and their exact text.

Options:
  --base-url URL   the Route Studio app the link opens (default: ${DEFAULT_BASE_URL}, what
                   npm start serves); name a deployed copy, e.g. https://tools.example.com/route-studio/
  -h, --help       show this help

Exit status: 0 link printed, 1 the design cannot be shared (too large, or a file name a link may
not carry), 2 some input could not be read or the command line was wrong.
`;

/** The files of one argument, named as the link carries them: relative to a directory, `/`-separated. */
async function filesOf(path: string, io: CliIo): Promise<SourceFile[] | undefined> {
  const { sources, diagnostics } = await readInputs([path]);
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  if (diagnostics.length > 0) return undefined;
  const isDirectory = (await stat(path)).isDirectory();
  return sources.map((s) => ({
    name: isDirectory ? relative(path, s.name).split(sep).join('/') : basename(s.name),
    text: s.text,
  }));
}

function isWebUrl(text: string): boolean {
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

async function runShare(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { 'base-url': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    return usageError(io, usage, error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) {
    io.stdout(usage);
    return EXIT_OK;
  }
  const baseUrl = parsed.values['base-url'] ?? DEFAULT_BASE_URL;
  if (!isWebUrl(baseUrl)) return usageError(io, usage, `'${baseUrl}' is not an http(s) URL.`);
  if (parsed.positionals.length === 0) return usageError(io, usage, 'No input files given.');

  const files: SourceFile[] = [];
  for (const path of parsed.positionals) {
    const found = await filesOf(path, io);
    if (!found) return EXIT_INPUT_ERROR;
    files.push(...found);
  }
  const shared = encodeShareLink({ files, positions: {}, view: {}, settings: {} }, baseUrl);
  if (!shared.ok) {
    io.stderr(`${shared.error.message}\n`);
    return EXIT_NOT_SHAREABLE;
  }
  const length = shared.link.length;
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  io.stdout(`${files.length} file(s), ${bytes} bytes, in a link of ${length} characters.\n`);
  const passed = LENGTH_WARNINGS.filter((limit) => length > limit).at(-1);
  if (passed)
    io.stderr(
      `Warning: the link is longer than ${passed} characters; some chat apps and trackers cut links that long.\n`,
    );
  io.stdout(`${shared.link}\n`);
  return EXIT_OK;
}

/** `share`: a link that opens the given manifests in the app. */
export const shareCommand: CliCommand = {
  summary: 'print a link that opens the manifests in Route Studio',
  usage,
  run: runShare,
};
