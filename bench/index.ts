/**
 * Runs every `bench/*.bench.ts`, each in its own Node process (so one bench's heap and JIT state
 * do not skew the next), forwarding this script's arguments. Run: `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();

let failed = false;
for (const bench of benches) {
  console.log(`\n=== ${bench} ===\n`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', `${benchDir}${bench}`, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error(`${bench} failed (exit ${result.status ?? result.signal})`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
