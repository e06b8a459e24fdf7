import type { Design } from '../core/design/design.ts';
import {
  entryResource,
  gatewayEntry,
  serviceEntry,
  type SimEntry,
} from '../core/simulate/entry.ts';
import { parseRequestLine } from '../core/simulate/request.ts';
import { simulate } from '../core/simulate/simulate.ts';
import type { CliCommand } from './command.ts';
import { formatDiagnostic } from './format-diagnostic.ts';
import { EXIT_INPUT_ERROR, EXIT_OK, writeJson, type CliIo } from './io.ts';
import { loadDesign } from './load-design.ts';
import { parseInputCommandLine, usageError } from './parse-command-line.ts';
import { simulateJson } from './simulate-json.ts';
import { simulateText } from './simulate-text.ts';

const usage = `Usage: route-studio simulate [--json] FILE|DIR... --gateway NS/NAME [--listener NAME] --request 'METHOD URL' [-H 'Name: value']...
       route-studio simulate [--json] FILE|DIR... --service NS/NAME --request 'METHOD URL' [-H 'Name: value']...

Simulates one request through the design: the listener that takes it, the route, rule and match
that win and why, the filters, and the backends with their probabilities.

Options:
  --gateway NS/NAME   entry point: a Gateway API Gateway, an Istio Gateway, or mesh
  --listener NAME     only this listener of the Gateway API Gateway
  --service NS/NAME   entry point for GAMMA mesh routes: a Service
  --request LINE      'GET https://shop.example.com/cart'; TLS, TCP and UDP use
                      '- tls://HOST:PORT' (HOST is the SNI), '- tcp://HOST:PORT', '- udp://HOST:PORT'
  -H, --header LINE   a request header 'Name: value' (repeatable)
  --sni NAME          TLS server name when it differs from the URL host
  --json              print the answer as one JSON document
  -n, --namespace     namespace for objects (and NS/NAME) that name none (default: default)
  -h, --help          show this help

Exit status: 0 when the request was answered (whatever the outcome), 2 when input could not be
read or the command line was wrong.
`;

function entryOf(design: Design, values: Record<string, unknown>): SimEntry | string {
  const gateway = values.gateway;
  const service = values.service;
  if ((gateway === undefined) === (service === undefined))
    return 'Give either --gateway or --service.';
  if (typeof service === 'string') return serviceEntry(design, service);
  const listener = typeof values.listener === 'string' ? values.listener : undefined;
  return gatewayEntry(design, String(gateway), listener);
}

/**
 * `--request '- tls://…'` is how the contract writes L4 requests, but Node's argument parser
 * takes a value starting with `-` for an option. Joined as `--request=…` it is read as a value.
 */
function joinDashValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = args[i + 1];
    const long = arg === '-H' ? '--header' : arg;
    if ((long === '--request' || long === '--header') && value?.startsWith('-')) {
      out.push(`${long}=${value}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

async function runSimulate(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseInputCommandLine(joinDashValues(args), io, usage, {
    json: { type: 'boolean' },
    gateway: { type: 'string' },
    listener: { type: 'string' },
    service: { type: 'string' },
    request: { type: 'string' },
    header: { type: 'string', short: 'H', multiple: true },
    sni: { type: 'string' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (typeof values.request !== 'string')
    return usageError(io, usage, "Give the request with --request 'METHOD URL'.");
  const headers = (values.header as string[] | undefined) ?? [];
  const request = parseRequestLine(
    values.request,
    headers,
    typeof values.sni === 'string' ? values.sni : undefined,
  );
  if ('error' in request) return usageError(io, usage, request.error);
  const loaded = await loadDesign(parsed.inputs, parsed.namespace);
  for (const diagnostic of loaded.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
  if (loaded.inputFailed) {
    io.stderr('Some input could not be read or parsed.\n');
    return EXIT_INPUT_ERROR;
  }
  const entry = entryOf(loaded.design, values);
  if (typeof entry === 'string') return usageError(io, usage, entry);
  const missing = entryResource(loaded.design, entry);
  if (typeof missing === 'string') {
    io.stderr(`${missing}\n`);
    return EXIT_INPUT_ERROR;
  }
  const answer = simulate(loaded.design, entry, request);
  if (values.json === true) writeJson(io, simulateJson(answer));
  else io.stdout(simulateText(values.request.trim(), answer));
  return EXIT_OK;
}

/** `simulate`: where one request goes and why. */
export const simulateCommand: CliCommand = {
  summary: 'show where a request goes through the design, and why',
  usage,
  run: runSimulate,
};
