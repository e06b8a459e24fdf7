import { EXAMPLES } from '../src/core/examples/index.ts';
import { expect, openDesigner, snapshot, test } from './fixtures.ts';

test.use({ viewport: { width: 1440, height: 900 } });

/** What a person sees of one example on opening it: designs of up to about 20 resources. */
const SMALL = EXAMPLES.filter((e) => !e.id.startsWith('large'));

for (const example of SMALL) {
  test(`${example.id} opens whole and readable at 1440×900`, async ({
    page,
    canvas,
    yamlPane,
  }, testInfo) => {
    await openDesigner(page, yamlPane, example.id);
    await expect(canvas.nodes().first()).toBeVisible();
    await expect.poll(() => canvas.zoom()).toBeGreaterThan(0);
    await snapshot(page, testInfo, `first-look-${example.id}`);

    const area = (await page.getByTestId('canvas').boundingBox())!;
    const opened = await canvas.nodes().evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return {
          id: n.getAttribute('data-testid'),
          x: r.x,
          y: r.y,
          right: r.right,
          bottom: r.bottom,
        };
      }),
    );
    for (const node of opened) {
      expect(node.x, `${node.id} left`).toBeGreaterThanOrEqual(area.x);
      expect(node.y, `${node.id} top`).toBeGreaterThanOrEqual(area.y);
      expect(node.right, `${node.id} right`).toBeLessThanOrEqual(area.x + area.width);
      expect(node.bottom, `${node.id} bottom`).toBeLessThanOrEqual(area.y + area.height);
    }
    // Nothing sits under the canvas' controls or minimap.
    const overlays = await page
      .locator('.react-flow__controls, .react-flow__minimap')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (const node of opened)
      for (const o of overlays)
        expect(
          node.right <= o.x || node.x >= o.right || node.bottom <= o.y || node.y >= o.bottom,
          `${node.id} clear of the controls`,
        ).toBe(true);

    // Text on screen: names 12 px or more, details 11 px or more (font size × zoom).
    const zoom = await canvas.zoom();
    const sizes = await page.evaluate(() => {
      const px = (selector: string) =>
        [...document.querySelectorAll(selector)].map((e) =>
          parseFloat(getComputedStyle(e).fontSize),
        );
      return {
        names: px('.rs-node__name'),
        details: px('.rs-node__kind, .rs-node__detail, .rs-row__line, .rs-chip, .rs-frame__label'),
      };
    });
    expect(sizes.names.length).toBe(opened.length);
    expect(Math.min(...sizes.names) * zoom).toBeGreaterThanOrEqual(12);
    expect(Math.min(...sizes.details) * zoom).toBeGreaterThanOrEqual(11);
    testInfo.annotations.push({
      type: 'first look',
      description: `zoom ${zoom.toFixed(3)}, names ${(Math.min(...sizes.names) * zoom).toFixed(1)} px, details ${(Math.min(...sizes.details) * zoom).toFixed(1)} px`,
    });

    // Fit shows everything: no node was left out of the first look.
    await canvas.fit();
    await expect(canvas.nodes()).toHaveCount(opened.length);
  });
}
