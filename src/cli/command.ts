import type { CliIo } from './io.ts';

/** One subcommand of the CLI. */
export interface CliCommand {
  /** One line for the top-level usage. */
  summary: string;
  /** Full usage text, printed by `--help` and after a command-line error. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run: (args: readonly string[], io: CliIo) => Promise<number>;
}
