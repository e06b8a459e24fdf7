import type { CliIo } from './io.ts';
import { run } from './run.ts';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Binary output (PNG images), concatenated. */
  bytes: Uint8Array;
}

/** Runs the CLI in-process, collecting its output (test helper). */
export async function runCli(argv: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const chunks: Uint8Array[] = [];
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutBytes: (bytes) => chunks.push(bytes),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, bytes: Buffer.concat(chunks) };
}
