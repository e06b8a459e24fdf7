import { COMMANDS } from './commands.ts';
import { EXIT_OK, type CliIo } from './io.ts';
import { usageError } from './parse-command-line.ts';

function topUsage(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  const list = names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]!.summary}\n`).join('');
  return `Usage: route-studio <command> [options] FILE|DIR...\n\nCommands:\n${list}\nRun 'route-studio <command> --help' for a command's options.\n`;
}

/**
 * Runs the CLI with `argv` (the arguments after the program name) and resolves to the exit code.
 * Writes only through `io`, so tests run it in-process.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) return usageError(io, topUsage(), 'No command given.');
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topUsage());
    return EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usageError(io, topUsage(), `Unknown command '${name}'.`);
  return command.run(args, io);
}
