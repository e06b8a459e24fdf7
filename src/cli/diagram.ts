import { renderDiagramSvg } from '../core/diagram/svg.ts';
import { buildGraph } from '../core/graph/build.ts';
import type { CliCommand } from './command.ts';
import { formatDiagnostic, summarizeDiagnostics } from './format-diagnostic.ts';
import { EXIT_INPUT_ERROR, EXIT_OK, type CliIo } from './io.ts';
import { loadDesign } from './load-design.ts';
import { parseInputCommandLine, usageError } from './parse-command-line.ts';
import { rasterize } from './rasterize.ts';

const usage = `Usage: route-studio diagram [--format svg|png] [--namespace NS] FILE|DIR... > out.svg

Draws the design of the given manifests as the designer's canvas shows it (the same layout,
namespace frames, nodes with their rows, edges with their weights) and writes it to stdout:
a vector SVG (text stays text), or a PNG at twice the size.

Options:
  --format          svg (default) or png
  -n, --namespace   namespace for objects that name none (default: default)
  -h, --help        show this help

Exit status: 0 when every input was read and parsed, 2 otherwise (the diagram is still written
for what parsed; reasons on stderr).
`;

const FORMATS = new Set(['svg', 'png']);

async function runDiagram(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseInputCommandLine(args, io, usage, { format: { type: 'string' } });
  if (typeof parsed === 'number') return parsed;
  const format = parsed.values.format ?? 'svg';
  if (typeof format !== 'string' || !FORMATS.has(format))
    return usageError(io, usage, `Unknown format '${String(format)}': use svg or png.`);
  const { design, diagnostics, inputFailed } = await loadDesign(parsed.inputs, parsed.namespace);
  const svg = renderDiagramSvg({ design, graph: buildGraph(design) });
  if (format === 'png') io.stdoutBytes(await rasterize(svg));
  else io.stdout(`${svg}\n`);

  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
  if (!inputFailed) return EXIT_OK;
  io.stderr(`Some input could not be read or parsed (${summarizeDiagnostics(diagnostics)}).\n`);
  return EXIT_INPUT_ERROR;
}

/** `diagram`: the canvas picture of a set of manifests, as SVG or PNG. */
export const diagramCommand: CliCommand = {
  summary: 'draw the design as the canvas shows it (SVG or PNG)',
  usage,
  run: runDiagram,
};
