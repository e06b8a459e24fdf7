import type { CliCommand } from './command.ts';
import { analyzeCommand } from './analyze.ts';
import { diagramCommand } from './diagram.ts';
import { graphCommand } from './graph.ts';
import { openCommand } from './open.ts';
import { shareCommand } from './share.ts';
import { testCommand } from './run-tests.ts';
import { simulateCommand } from './simulate.ts';

/** Every subcommand by name. Adding one is one entry here (and its import). */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  analyze: analyzeCommand,
  diagram: diagramCommand,
  graph: graphCommand,
  open: openCommand,
  share: shareCommand,
  simulate: simulateCommand,
  test: testCommand,
};
