import { expect, openDesigner, snapshot, test } from './fixtures.ts';

const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/checkout';

test('dragging a node is one undo step and the position is kept', async ({
  page,
  canvas,
  yamlPane,
  toolbar,
}, testInfo) => {
  await openDesigner(page, yamlPane);
  await canvas.fit();
  const node = canvas.node(ROUTE);
  const before = await node.boundingBox();
  if (!before) throw new Error('route not visible');
  const header = node.locator('.rs-node__name');
  const grab = await header.boundingBox();
  await page.mouse.move(grab!.x + 10, grab!.y + 5);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(grab!.x + 10 + 6 * i, grab!.y + 5 + 4 * i);
  await page.mouse.up();
  const after = await node.boundingBox();
  expect(after!.x - before.x).toBeGreaterThan(40);
  expect(after!.y - before.y).toBeGreaterThan(25);
  const stored = await page.evaluate((id) => window.__routeStudio?.getState().positions[id], ROUTE);
  expect(stored).toBeDefined();
  await snapshot(page, testInfo, 'dragged');

  await toolbar.undo();
  await expect.poll(async () => (await node.boundingBox())?.x).toBeCloseTo(before.x, 0);
  expect((await node.boundingBox())!.y).toBeCloseTo(before.y, 0);
});
