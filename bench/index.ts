/**
 * Runs every `bench/*.bench.ts`, each in its own Node process (so one bench's heap and JIT state
 * do not skew the next), forwarding this script's arguments. Run: `npm run bench`. The UI bench
 * needs a browser and a build, so it runs only with `--ui` (or alone: `npm run bench:ui`).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const UI_BENCH = 'ui.bench.ts';
const withUi = process.argv.includes('--ui');
const forwarded = process.argv.slice(2).filter((arg) => arg !== '--ui');
const benches = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts') && (withUi || name !== UI_BENCH))
  .sort();

let failed = false;
for (const bench of benches) {
  console.log(`\n=== ${bench} ===\n`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', `${benchDir}${bench}`, ...forwarded],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error(`${bench} failed (exit ${result.status ?? result.signal})`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
