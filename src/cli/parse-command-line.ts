import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT_INPUT_ERROR, EXIT_OK, type CliIo } from './io.ts';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Options every command that reads manifests takes. */
const INPUT_OPTIONS = {
  namespace: { type: 'string', short: 'n' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionsConfig;

/** A command line of a command that reads manifests. */
export interface InputCommandLine {
  /** The command's own options, by long name (`--json` gives `values.json === true`). */
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  /** The files and directories to read. */
  inputs: string[];
  /** `--namespace`: the default namespace of the design. */
  namespace: string | undefined;
}

/** A Kubernetes namespace name: an RFC 1123 label. */
const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/**
 * Parses the arguments of a command that reads manifests: its own `options`, plus `--namespace`
 * and `--help`, and at least one input path. Returns the parsed values, or the exit code when the
 * command is done (help printed: 0; usage error reported on stderr: 2).
 */
export function parseInputCommandLine(
  args: readonly string[],
  io: CliIo,
  usage: string,
  options: OptionsConfig,
): InputCommandLine | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...options, ...INPUT_OPTIONS },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(io, usage, error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) {
    io.stdout(usage);
    return EXIT_OK;
  }
  const namespace = parsed.values.namespace;
  if (typeof namespace === 'string' && !NAMESPACE_NAME.test(namespace)) {
    return usageError(io, usage, `'${namespace}' is not a valid namespace name (RFC 1123 label).`);
  }
  if (parsed.positionals.length === 0) return usageError(io, usage, 'No input files given.');
  return {
    values: parsed.values,
    inputs: parsed.positionals,
    namespace: typeof namespace === 'string' ? namespace : undefined,
  };
}

/** Reports a command-line mistake: the reason, then the usage, on stderr. */
export function usageError(io: CliIo, usage: string, reason: string): number {
  io.stderr(`${reason}\n\n${usage}`);
  return EXIT_INPUT_ERROR;
}
