import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesign } from '../core/design/design.ts';
import { renderDiagramSvg } from '../core/diagram/svg.ts';
import { findExample } from '../core/examples/index.ts';
import { buildGraph } from '../core/graph/build.ts';
import { runCli } from './test-io.ts';

const overview = findExample('overview')!;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'route-studio-diagram-'));
  for (const file of overview.files) await writeFile(join(dir, file.name), file.text);
  await writeFile(join(dir, 'broken.yaml'), 'kind: [unclosed\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('cli diagram', () => {
  it('prints the same SVG the designer exports for the design', async () => {
    const files = overview.files.map((f) => join(dir, f.name));
    const { code, stdout, bytes } = await runCli(['diagram', ...files]);
    expect(code).toBe(0);
    expect(bytes).toHaveLength(0);
    expect(XMLValidator.validate(stdout)).toBe(true);
    const design = createDesign(overview.files);
    // Same layout and text: the files are named by path here, which the diagram never shows.
    expect(stdout.trim()).toBe(renderDiagramSvg({ design, graph: buildGraph(design) }));
  });

  it('writes a PNG at twice the diagram size', async () => {
    const files = overview.files.map((f) => join(dir, f.name));
    const svg = (await runCli(['diagram', ...files])).stdout;
    const { code, bytes, stdout } = await runCli(['diagram', '--format', 'png', ...files]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const svgWidth = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(view.getUint32(16)).toBe(2 * svgWidth);
  });

  it('refuses an unknown format and exits 2 on unreadable input, drawing what parsed', async () => {
    const wrong = await runCli(['diagram', '--format', 'gif', dir]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Unknown format 'gif'");
    const broken = await runCli(['diagram', dir]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.yaml');
    expect(broken.stdout).toContain('class="node"');
  });
});
