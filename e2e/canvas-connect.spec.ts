import { expect, openDesigner, snapshot, test } from './fixtures.ts';

test.use({ viewport: { width: 1440, height: 900 } });

const GATEWAY = 'gateway.networking.k8s.io/Gateway/infra/edge';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/shop-api';
const CART = '/Service/shop/cart';
const CATALOG = '/Service/shop/catalog';
const FILE = 'gateway-api-basic.yaml';

test('a connection started on a handle’s visible centre connects; a drag on the body moves', async ({
  page,
  canvas,
  yamlPane,
  designer,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
  // The handle is drawn whole (not clipped by its row) with a hit area of 12 px or more.
  const handle = canvas.handle(`${ROUTE}#rule/0`, 'out');
  const box = (await handle.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(12);
  const dot = await handle.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit === el;
  });
  expect(dot).toBe(true);

  const before = (await designer.edgeIds('backend')).length;
  await canvas.connect(handle, canvas.handle(CATALOG, 'in'));
  await expect.poll(async () => (await designer.edgeIds('backend')).length).toBe(before + 1);
  expect(await designer.fileText(FILE)).toMatch(
    // A second backend splits the rule 50/50 (written on both, so the split shows).
    /- name: cart\n\s+port: 8080\n\s+weight: 50\n\s+- name: catalog\n\s+port: 8080\n\s+weight: 50/,
  );
  await snapshot(page, testInfo, 'connected');

  // A drag on the node's body (its detail line, not a handle) moves the node.
  const node = canvas.node(CART);
  const start = (await node.boundingBox())!;
  const grab = await canvas.centreOf(node.locator('.rs-node__detail'));
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 40, grab.y + 60, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await node.boundingBox())!.y).toBeGreaterThan(start.y + 40);
  expect(await designer.edgeIds('backend')).toHaveLength(before + 1);
});

test('a connection dropped on a node body connects to its one part, or asks which', async ({
  page,
  canvas,
  yamlPane,
  designer,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
  // Rule 1 → the cart Service's body: one sensible target, connected at once.
  await canvas.dragFrom(
    canvas.handle(`${ROUTE}#rule/1`, 'out'),
    await canvas.centreOf(canvas.node(CART).locator('.rs-node__name')),
  );
  await expect
    .poll(() => designer.fileText(FILE))
    .toMatch(
      /- name: catalog\n\s+port: 8080\n\s+weight: 50\n\s+- name: cart\n\s+port: 8080\n\s+weight: 50/,
    );

  // The route → the Gateway's body: either listener could take it, so the canvas asks.
  await canvas.dragFrom(
    canvas.handle(ROUTE, 'in'),
    await canvas.centreOf(canvas.node(GATEWAY).locator('.rs-node__name')),
  );
  const menu = page.getByTestId('canvas.connect-choice');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText([/^http ·/, /^https ·/]);
  await snapshot(page, testInfo, 'asks');
  await menu.getByTestId(`canvas.connect-choice.${GATEWAY}#listener/https`).click();
  await expect(menu).toBeHidden();
  await expect.poll(() => designer.fileText(FILE)).toContain('sectionName: https');
});

test('a refused connection says why, next to the cursor', async ({
  page,
  canvas,
  yamlPane,
  designer,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
  const before = await designer.fileText(FILE);
  const target = await canvas.centreOf(canvas.handle(CATALOG, 'in'));
  await canvas.dragFrom(canvas.handle(CART, 'out'), target);
  const note = page.getByTestId('canvas.refusal');
  await expect(note).toContainText('cannot be connected');
  // Beside the cursor (on the side with room): its nearest corner within a few pixels.
  const at = (await note.boundingBox())!;
  const gap = (p: number, lo: number, size: number) => Math.max(lo - p, 0, p - (lo + size));
  expect(gap(target.x, at.x, at.width)).toBeLessThan(40);
  expect(gap(target.y, at.y, at.height)).toBeLessThan(40);
  await snapshot(page, testInfo, 'refused');
  expect(await designer.fileText(FILE)).toBe(before);
});
