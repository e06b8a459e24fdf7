import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands.ts';
import { runCli } from './test-io.ts';

describe('run', () => {
  it('lists every command on --help', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(stdout).toContain(`  ${name} `);
  });

  it.each([
    [[], /No command given/],
    [['frobnicate'], /Unknown command 'frobnicate'/],
    [['toString'], /Unknown command 'toString'/],
  ])('rejects %j with usage on stderr and exit 2', async (argv, reason) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
    expect(stderr).toContain('Usage: route-studio <command>');
  });
});

describe('main (smoke test through tsx)', () => {
  it('runs graph --json as a process and sets the exit code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'route-studio-main-'));
    const file = join(dir, 'service.yaml');
    await writeFile(file, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n');
    try {
      const ok = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'graph', '--json', file], {
        encoding: 'utf8',
      });
      expect(ok.status).toBe(0);
      expect(JSON.parse(ok.stdout).resources).toEqual([
        expect.objectContaining({ kind: 'Service', name: 'web', file, line: 1 }),
      ]);
      const failed = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'graph', join(dir, 'nope')], {
        encoding: 'utf8',
      });
      expect(failed.status).toBe(2);
      expect(failed.stderr).toContain('file-unreadable');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
