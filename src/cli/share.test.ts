import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeShareFragment } from '../core/share/index.ts';
import { DEFAULT_BASE_URL } from './share.ts';
import { runCli } from './test-io.ts';

const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web   # keeps comments
spec:
  parentRefs:
    - name: edge
`;
const ODD = 'kind: Service\r\nmetadata:\r\n\tname: "ünïcode ✓"\r\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'share-cli-'));
  await mkdir(join(dir, 'design', 'nested'), { recursive: true });
  await writeFile(join(dir, 'design', 'route.yaml'), ROUTE);
  await writeFile(join(dir, 'design', 'nested', 'odd.yml'), ODD);
  await writeFile(join(dir, 'design', 'nested', 'empty.yaml'), '');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const lastLine = (stdout: string) => stdout.trimEnd().split('\n').at(-1)!;

/** Every file below `root`, by path relative to it, with its bytes. */
async function tree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(root.length + 1)] = (await readFile(path)).toString('hex');
  }
  return out;
}

describe('share and open', () => {
  it('share prints the link last; open writes the same bytes back', async () => {
    const shared = await runCli(['share', join(dir, 'design')]);
    expect(shared.code).toBe(0);
    const link = lastLine(shared.stdout);
    expect(link.startsWith(`${DEFAULT_BASE_URL}#v1/`)).toBe(true);
    expect(shared.stdout).toMatch(/^3 file\(s\), \d+ bytes, in a link of \d+ characters\.\n/);

    const out = join(dir, 'opened');
    const opened = await runCli(['open', link, '--out', out]);
    expect(opened.stderr).toBe('');
    expect(opened.code).toBe(0);
    expect(await tree(out)).toEqual(await tree(join(dir, 'design')));
  });

  it('names a deployed copy with --base-url, and open takes a bare fragment', async () => {
    const file = join(dir, 'design', 'route.yaml');
    const shared = await runCli(['share', '--base-url', 'https://tools.example.com/rs/#old', file]);
    const link = lastLine(shared.stdout);
    expect(link).toMatch(/^https:\/\/tools\.example\.com\/rs\/#v1\/[0-9A-Za-z._~+/?=:,-]+$/);
    const out = join(dir, 'bare');
    expect((await runCli(['open', link.slice(link.indexOf('#')), '-o', out])).code).toBe(0);
    expect(await readFile(join(out, 'route.yaml'), 'utf8')).toBe(ROUTE);
  });

  it('open refuses to overwrite without --force', async () => {
    const link = lastLine((await runCli(['share', join(dir, 'design', 'route.yaml')])).stdout);
    const out = join(dir, 'twice');
    expect((await runCli(['open', link, '-o', out])).code).toBe(0);
    const again = await runCli(['open', link, '-o', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists \(use --force/);
    expect((await runCli(['open', link, '-o', out, '--force'])).code).toBe(0);
  });

  it('open refuses a path that leaves the folder through a symbolic link', async () => {
    const out = join(dir, 'linked');
    await mkdir(out);
    await symlink(tmpdir(), join(out, 'escape'));
    const fragment = encodeShareFragment({
      files: [{ name: 'escape/evil.yaml', text: 'x: 1\n' }],
      positions: {},
      view: {},
      settings: {},
    });
    if (!fragment.ok) throw new Error(fragment.error.message);
    const result = await runCli(['open', `#${fragment.fragment}`, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/leaves .* through a symbolic link/);
  });

  it('open explains a broken link and exits 2', async () => {
    const link = lastLine((await runCli(['share', join(dir, 'design')])).stdout);
    const cut = await runCli(['open', link.slice(0, -5), '-o', join(dir, 'cut')]);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/truncated/);
    const newer = await runCli(['open', 'https://x.example/#v9/abc']);
    expect(newer.stderr).toMatch(/newer version/);
    expect((await runCli(['open', 'https://example.com/'])).stderr).toMatch(
      /not a Route Studio share link/,
    );
  });

  it.each([
    [['share'], /No input files given/],
    [['share', '--base-url', 'ftp://x', 'a.yaml'], /not an http\(s\) URL/],
    [['open'], /exactly one link/],
    [['open', 'a', 'b'], /exactly one link/],
  ])('rejects %j with usage and exit 2', async (argv, reason) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toContain(`Usage: route-studio ${argv[0]}`);
  });

  it('share exits 2 on unreadable input', async () => {
    const result = await runCli(['share', join(dir, 'absent.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/file-unreadable/);
  });
});
