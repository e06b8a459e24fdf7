/** Where a command writes. Tests pass collectors; `main.ts` passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Binary output (a PNG), in order with `stdout`. */
  stdoutBytes: (bytes: Uint8Array) => void;
}

/** Exit codes shared by every subcommand. */
export const EXIT_OK = 0;
/** Some input could not be read or parsed, or the command line was wrong. */
export const EXIT_INPUT_ERROR = 2;

/** Writes one JSON document (pretty-printed, newline-terminated) to stdout. */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
