import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from './commands.ts';
import { runCli } from './test-io.ts';

// The `route-studio` bin is this bundle (built by `npm install` through `prepare`): build it from
// the current source into a scratch folder and check it is the same CLI as the in-process one.
const dir = mkdtempSync(join(tmpdir(), 'cli-bundle-'));
const bundle = join(dir, 'route-studio.mjs');
const design = join(dir, 'route.yaml');
writeFileSync(
  design,
  'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\nspec:\n  parentRefs:\n  - name: gw\n',
);
execFileSync(process.execPath, ['scripts/build-cli.mjs', bundle]);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the route-studio bundle', () => {
  it('lists every command of commands.ts', () => {
    const help = execFileSync(bundle, ['--help'], { encoding: 'utf8' });
    for (const name of Object.keys(COMMANDS)) expect(help).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('prints what the in-process CLI prints, with the same exit code', async () => {
    const run = spawnSync(process.execPath, [bundle, 'analyze', '--json', design], {
      encoding: 'utf8',
    });
    const inProcess = await runCli(['analyze', '--json', design]);
    expect(run.stdout).toBe(inProcess.stdout);
    expect(run.status).toBe(inProcess.code);
  });
});
