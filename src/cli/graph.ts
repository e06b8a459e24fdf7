import { buildGraph } from '../core/graph/build.ts';
import type { CliCommand } from './command.ts';
import { formatDiagnostic, summarizeDiagnostics } from './format-diagnostic.ts';
import { graphJson } from './graph-json.ts';
import { graphText } from './graph-text.ts';
import { EXIT_INPUT_ERROR, EXIT_OK, writeJson, type CliIo } from './io.ts';
import { loadDesign } from './load-design.ts';
import { parseInputCommandLine } from './parse-command-line.ts';

const usage = `Usage: route-studio graph [--json] [--namespace NS] FILE|DIR...

Prints the resources of the given manifests and the routing graph between them.
Directories are read recursively for .yaml, .yml and .json files.

Options:
  --json            print one JSON document {resources, nodes, edges, diagnostics}
  -n, --namespace   namespace for objects that name none (default: default)
  -h, --help        show this help

Exit status: 0 when every input was read and parsed, 2 otherwise (reasons on stderr).
`;

async function runGraph(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseInputCommandLine(args, io, usage, { json: { type: 'boolean' } });
  if (typeof parsed === 'number') return parsed;
  const { design, diagnostics, inputFailed } = await loadDesign(parsed.inputs, parsed.namespace);
  const graph = buildGraph(design);

  if (parsed.values.json === true) writeJson(io, graphJson(design, graph, diagnostics));
  else io.stdout(graphText(design, graph));

  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
  if (!inputFailed) return EXIT_OK;
  io.stderr(`Some input could not be read or parsed (${summarizeDiagnostics(diagnostics)}).\n`);
  return EXIT_INPUT_ERROR;
}

/** `graph`: resources, nodes and edges of a set of manifests. */
export const graphCommand: CliCommand = {
  summary: 'print the resources and the routing graph of manifests',
  usage,
  run: runGraph,
};
