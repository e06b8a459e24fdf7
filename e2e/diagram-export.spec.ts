import { readFile } from 'node:fs/promises';
import { expect, openDesigner, test } from './fixtures.ts';

test.use({ viewport: { width: 1440, height: 900 } });

test('Export ▸ Picture downloads the canvas as SVG with a node per box, and as PNG at twice its size', async ({
  page,
  toolbar,
  canvas,
  yamlPane,
  designer,
}) => {
  await openDesigner(page, yamlPane, 'overview');
  await canvas.fit();
  const shown = await canvas.nodes().count();

  const svgDownload = await toolbar.exportDownload('svg');
  expect(svgDownload.suggestedFilename()).toMatch(/^overview.*\.svg$/);
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  expect(svg.match(/<g class="node"/g)).toHaveLength(shown);
  // Every resource is drawn: as a node, as a chip on what it serves, or as its namespace's frame.
  for (const key of await designer.resourceKeys()) {
    const name = key.split('/').pop()!;
    expect(svg.includes(`data-id="${key}"`) || svg.includes(`data-namespace="${name}"`), key).toBe(
      true,
    );
  }
  expect(svg).toContain('>90%</text>');

  const pngDownload = await toolbar.exportDownload('png');
  const png = await readFile((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const svgWidth = Number(/width="(\d+)"/.exec(svg)![1]);
  expect(png.readUInt32BE(16)).toBe(2 * svgWidth);
});
