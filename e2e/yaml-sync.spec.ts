import { expect, openDesigner, snapshot, test } from './fixtures.ts';

const FILE = 'canary.yaml';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/checkout';
const CANARY_SERVICE = '/Service/shop/checkout-canary';

test.beforeEach(async ({ page, yamlPane, canvas }) => {
  await openDesigner(page, yamlPane, 'canary');
  await canvas.fit();
});

test('typing in the YAML changes the canvas', async ({ page, canvas, yamlPane, designer }) => {
  await expect(canvas.node(ROUTE)).toBeVisible();
  await yamlPane.goToEndOf(await designer.lineOf(FILE, 'name: checkout'));
  for (let i = 0; i < 'checkout'.length; i++) await page.keyboard.press('Backspace');
  await yamlPane.type('payments');
  await expect(canvas.node('gateway.networking.k8s.io/HTTPRoute/shop/payments')).toBeVisible();
  await expect(canvas.node(ROUTE)).toHaveCount(0);
});

test('invalid YAML keeps the last valid canvas and shows the banner', async ({
  page,
  canvas,
  yamlPane,
  problems,
  designer,
}, testInfo) => {
  await yamlPane.goToEndOf(await designer.lineOf(FILE, 'name: checkout'));
  await yamlPane.type(': x');
  await expect(yamlPane.staleBanner).toBeVisible();
  await expect(yamlPane.staleBanner).toContainText('canvas shows the last valid design');
  await expect(canvas.node(ROUTE)).toBeVisible();
  await expect(problems.items.first()).toContainText(`${FILE}:`);
  await snapshot(page, testInfo, 'stale-yaml');

  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await expect(yamlPane.staleBanner).toBeHidden();
  await expect(problems.items).toHaveCount(0);
});

test('a comment typed in the YAML survives undo, redo and a canvas delete', async ({
  page,
  canvas,
  yamlPane,
  toolbar,
  designer,
}, testInfo) => {
  const comment = '# reviewed by the platform team';
  await yamlPane.goTo(await designer.lineOf(FILE, 'kind: HTTPRoute'));
  await yamlPane.type(`${comment}\n`);
  await page.waitForTimeout(700); // a pause ends the typing step
  await yamlPane.goToEndOf(await designer.lineOf(FILE, 'weight: 90'));
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await yamlPane.type('75');
  await yamlPane.settle();

  await toolbar.undo();
  await expect.poll(() => designer.fileText(FILE)).toContain('weight: 90');
  await expect.poll(() => yamlPane.visibleText()).toContain(comment);
  await toolbar.redo();
  await expect.poll(() => designer.fileText(FILE)).toContain('weight: 75');
  await expect.poll(() => yamlPane.visibleText()).toContain('weight: 75');

  // A canvas edit: select the canary Service from its YAML, then delete it with the keyboard.
  await yamlPane.goTo(await designer.lineOf(FILE, 'name: checkout-canary'), 5);
  await expect.poll(() => designer.selection()).toEqual([CANARY_SERVICE]);
  await page.getByRole('heading', { name: 'Route Studio' }).click();
  await page.keyboard.press('Delete');
  // The route still sends traffic to it, so the designer asks first.
  await page.getByTestId('confirm.ok').click();
  await expect(canvas.node(CANARY_SERVICE)).toHaveCount(0);
  const text = await designer.fileText(FILE);
  expect(text).toContain(comment);
  expect(text).not.toContain('kind: Service\nmetadata:\n  name: checkout-canary');
  await expect.poll(() => yamlPane.visibleText()).toContain(comment);
  await snapshot(page, testInfo, 'comment-kept');
});

test('clicking a problem selects its resource and reveals the YAML', async ({
  page,
  yamlPane,
  problems,
  designer,
}) => {
  // Renaming the canary Service to the stable one's name defines that Service twice.
  await yamlPane.goToEndOf(await designer.lineOf(FILE, 'name: checkout-canary'));
  for (let i = 0; i < 'canary'.length; i++) await page.keyboard.press('Backspace');
  await yamlPane.type('stable');
  // The route's backend checkout-canary is now missing too (a warning listed first).
  const duplicate = problems.withCode('duplicate-resource');
  await expect(duplicate).toHaveCount(1);
  await expect(duplicate).toContainText(`${FILE}:`);
  await page.keyboard.press('Control+Home');
  await expect.poll(() => yamlPane.visibleText()).not.toContain('app: checkout-canary');

  await duplicate.click();
  await expect.poll(() => designer.selection()).toEqual(['/Service/shop/checkout-stable']);
  await expect.poll(() => yamlPane.visibleText()).toContain('app: checkout-canary');
});

test('selecting a node on the canvas reveals and highlights its YAML', async ({
  page,
  canvas,
  yamlPane,
  designer,
}, testInfo) => {
  const service = '/Service/shop/checkout-canary';
  await canvas.node(service).click();
  await expect.poll(() => designer.selection()).toEqual([service]);
  await expect(yamlPane.editor.locator('.yaml-selected-line').first()).toBeVisible();
  await expect.poll(() => yamlPane.visibleText()).toContain('name: checkout-canary');
  await snapshot(page, testInfo, 'selection-revealed');
});
