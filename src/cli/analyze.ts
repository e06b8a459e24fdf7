import { analyzeDesign } from '../core/analysis/analyze.ts';
import { toSarif } from '../core/analysis/sarif.ts';
import type { AnalysisOptions, ResourceStatus } from '../core/analysis/types.ts';
import {
  DEFAULT_GATEWAY_API_TARGET,
  formatGatewayApiTarget,
  GATEWAY_API_TARGETS,
  parseGatewayApiTarget,
} from '../core/schemas/gateway-api/target.ts';
import type { Diagnostic, DiagnosticResource, Severity } from '../core/diagnostics.ts';
import type { Design } from '../core/design/design.ts';
import { buildGraph } from '../core/graph/build.ts';
import type { CliCommand } from './command.ts';
import { formatDiagnostic, summarizeDiagnostics } from './format-diagnostic.ts';
import { graphJson, type GraphJson } from './graph-json.ts';
import { EXIT_INPUT_ERROR, EXIT_OK, writeJson, type CliIo } from './io.ts';
import { loadDesign } from './load-design.ts';
import { parseInputCommandLine, usageError } from './parse-command-line.ts';

/** Some diagnostic of the design is an error. */
export const EXIT_DESIGN_ERRORS = 1;

const usage = `Usage: route-studio analyze [--json | --format sarif] [--namespace NS] [--missing-as-error]
                              [--gateway-api RELEASE-CHANNEL] FILE|DIR...

Analyzes the given manifests as one design: the status a Gateway API controller would report,
what istioctl analyze would find, and design lint. Directories are read recursively.

Options:
  --json               print one JSON document {resources, diagnostics, status}
  --format FORMAT      text (default), json, or sarif (SARIF 2.1.0)
  --missing-as-error   report references to objects not in the design as errors
  --gateway-api T      the Gateway API release and channel to check against: ${GATEWAY_API_TARGETS.map(formatGatewayApiTarget).join(', ')}
                       (default: ${formatGatewayApiTarget(DEFAULT_GATEWAY_API_TARGET)})
  -n, --namespace      namespace for objects that name none (default: default)
  -h, --help           show this help

Exit status: 0 no errors, 1 the design has errors, 2 some input could not be read or parsed.
`;

/** One diagnostic of `analyze --json`. Optional fields are left out when unset. */
export interface AnalyzeJsonDiagnostic {
  severity: Severity;
  code: string;
  istioCode?: string;
  message: string;
  resource?: DiagnosticResource;
  path?: string;
  file: string;
  line?: number;
  column?: number;
}

/** `analyze --json` output. Fields may be added over time; existing ones are never renamed. */
export interface AnalyzeJson {
  resources: GraphJson['resources'];
  diagnostics: AnalyzeJsonDiagnostic[];
  status: ResourceStatus[];
  /** The Gateway API release and channel checked against, e.g. `v1.6-standard`. */
  gatewayApi: string;
}

function jsonDiagnostic(d: Diagnostic): AnalyzeJsonDiagnostic {
  return {
    severity: d.severity,
    code: d.code,
    istioCode: d.istioCode,
    message: d.message,
    resource: d.resource,
    path: d.path,
    file: d.file,
    line: d.range?.start.line,
    column: d.range?.start.column,
  };
}

/** Schema, reference and status diagnostics of the whole design, parse diagnostics first. */
function designDiagnostics(design: Design, parse: readonly Diagnostic[], options: AnalysisOptions) {
  const analysis = analyzeDesign(design, options);
  return { diagnostics: [...parse, ...analysis.diagnostics], status: analysis.status };
}

function textLine(d: Diagnostic): string {
  return formatDiagnostic(d.istioCode ? { ...d, code: `${d.code} [${d.istioCode}]` } : d);
}

async function runAnalyze(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseInputCommandLine(args, io, usage, {
    json: { type: 'boolean' },
    format: { type: 'string' },
    'missing-as-error': { type: 'boolean' },
    'gateway-api': { type: 'string' },
  });
  if (typeof parsed === 'number') return parsed;
  const targetText = parsed.values['gateway-api'];
  const gatewayApi =
    typeof targetText === 'string' ? parseGatewayApiTarget(targetText) : DEFAULT_GATEWAY_API_TARGET;
  if (!gatewayApi) {
    const known = GATEWAY_API_TARGETS.map(formatGatewayApiTarget).join(', ');
    return usageError(io, usage, `Unknown Gateway API target '${String(targetText)}' (${known}).`);
  }
  const format = parsed.values.json === true ? 'json' : (parsed.values.format ?? 'text');
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    return usageError(io, usage, `Unknown format '${String(format)}' (text, json or sarif).`);
  }
  const loaded = await loadDesign(parsed.inputs, parsed.namespace);
  const missingAsError = parsed.values['missing-as-error'] === true;
  const { diagnostics, status } = designDiagnostics(loaded.design, loaded.diagnostics, {
    missingAsError,
    gatewayApi,
  });

  if (format === 'json') {
    const resources = graphJson(loaded.design, buildGraph(loaded.design), []).resources;
    writeJson(io, {
      resources,
      diagnostics: diagnostics.map(jsonDiagnostic),
      status,
      gatewayApi: formatGatewayApiTarget(gatewayApi),
    } satisfies AnalyzeJson);
  } else if (format === 'sarif') {
    writeJson(io, toSarif(diagnostics));
  } else {
    for (const d of diagnostics) io.stdout(`${textLine(d)}\n`);
    io.stdout(`${summarizeDiagnostics(diagnostics)}\n`);
  }
  if (loaded.inputFailed) {
    io.stderr('Some input could not be read or parsed.\n');
    return EXIT_INPUT_ERROR;
  }
  return diagnostics.some((d) => d.severity === 'error') ? EXIT_DESIGN_ERRORS : EXIT_OK;
}

/** `analyze`: diagnostics and status preview of a set of manifests. */
export const analyzeCommand: CliCommand = {
  summary: 'report problems and the status controllers would write',
  usage,
  run: runAnalyze,
};
