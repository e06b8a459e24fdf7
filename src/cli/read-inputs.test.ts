import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readInputs } from './read-inputs.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'route-studio-read-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readInputs', () => {
  it('walks directories for .yaml, .yml and .json only, skipping hidden directories', async () => {
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await mkdir(join(dir, '.git'));
    for (const name of ['z.yaml', 'a/b/c.YML', 'a/d.json', 'a/notes.md', '.git/x.yaml', 'e.txt']) {
      await writeFile(join(dir, name), name);
    }
    const { sources, diagnostics } = await readInputs([dir]);
    expect(diagnostics).toEqual([]);
    expect(sources).toEqual([
      { name: join(dir, 'a', 'b', 'c.YML'), text: 'a/b/c.YML' },
      { name: join(dir, 'a', 'd.json'), text: 'a/d.json' },
      { name: join(dir, 'z.yaml'), text: 'z.yaml' },
    ]);
  });

  it('reads a file named explicitly whatever its extension, once even if named twice', async () => {
    const file = join(dir, 'manifest.txt');
    await writeFile(file, 'kind: Service\n');
    const { sources } = await readInputs([file, dir, file]);
    expect(sources.map((s) => s.name)).toEqual([file]);
  });

  it('turns missing paths and dangling links into file-unreadable diagnostics', async () => {
    await symlink(join(dir, 'gone'), join(dir, 'dangling.yaml'));
    await writeFile(join(dir, 'ok.yaml'), 'a: 1\n');
    const missing = join(dir, 'missing');
    const { sources, diagnostics } = await readInputs([missing, dir]);
    expect(sources.map((s) => s.name)).toEqual([join(dir, 'ok.yaml')]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'file-unreadable', severity: 'error', file: missing }),
      expect.objectContaining({ code: 'file-unreadable', file: join(dir, 'dangling.yaml') }),
    ]);
    expect(diagnostics[0]!.message).toContain('ENOENT');
  });

  it('survives a symlink cycle', async () => {
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'x.yaml'), 'a: 1\n');
    await symlink(dir, join(dir, 'sub', 'loop'));
    const { sources } = await readInputs([dir]);
    expect(sources.map((s) => s.name)).toEqual([join(dir, 'sub', 'x.yaml')]);
  });

  it('returns a directory’s files in sorted order whatever order they were created in', async () => {
    const names = fc.uniqueArray(fc.stringMatching(/^[a-z0-9_-]{1,8}\.(yaml|yml|json)$/), {
      minLength: 1,
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(names, async (files) => {
        const root = await mkdtemp(join(dir, 'p-'));
        for (const name of files) await writeFile(join(root, name), name);
        const { sources } = await readInputs([root]);
        const expected = files
          .map((n) => join(root, n))
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(sources.map((s) => s.name)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
