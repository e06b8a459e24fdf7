import { expect, openDesigner, snapshot, test } from './fixtures.ts';

test.use({ viewport: { width: 1440, height: 900 } });

const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/shop-api';
const FILE = 'gateway-api-basic.yaml';

test('while the YAML is broken the canvas keeps showing the last design that parsed', async ({
  page,
  canvas,
  yamlPane,
  designer,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
  const node = canvas.node(ROUTE);
  const shown = await node.innerText();
  expect(shown).toContain('prefix /api/cart');

  // Break the route's own document: an unclosed flow sequence after its `spec:`.
  const lines = (await designer.fileText(FILE)).split('\n');
  const route = lines.findIndex((l) => l.trim() === 'name: shop-api');
  const spec = lines.findIndex((l, i) => i > route && l.trim() === 'spec:');
  await yamlPane.goToEndOf(spec + 1);
  await yamlPane.type(' [');
  await expect(yamlPane.staleBanner).toBeVisible();
  await snapshot(page, testInfo, 'broken');

  // The node under the error reads as before: same rows, same values.
  expect(await node.innerText()).toBe(shown);
  // The error's squiggle is wide enough to see (the whole token or line, not one character).
  const squiggle = yamlPane.errorSquiggles().first();
  await expect(squiggle).toBeVisible();
  expect((await squiggle.boundingBox())!.width).toBeGreaterThan(12);

  // Fixed, the canvas follows the text again.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(yamlPane.staleBanner).toBeHidden();
  await expect.poll(() => node.innerText()).toBe(shown);
});
