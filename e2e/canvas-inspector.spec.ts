import { expect, openDesigner, snapshot, test } from './fixtures.ts';

const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/shop-api';
const CART = '/Service/shop/cart';
const FILE = 'gateway-api-basic.yaml';

test.use({ viewport: { width: 1700, height: 1000 } });

test('edits a rule in the inspector, deletes a referenced Service from anywhere, undoes', async ({
  page,
  canvas,
  inspector,
  yamlPane,
  toolbar,
  designer,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
  await canvas.fit();

  // Select the first rule of the route on the canvas: the inspector shows the route's rules.
  await page.getByTestId(`canvas.row.${ROUTE}#rule/0`).click();
  await expect.poll(() => designer.selection()).toEqual([`${ROUTE}#rule/0`]);
  const rule = inspector.panel.getByTestId('inspector.rule').first();

  // A header match on the rule's path match: a bad name is refused with a message first.
  await rule.getByTestId('inspector.field.newHeaderMatchName').fill('x canary');
  await rule.getByTestId('inspector.add.headerMatch').click();
  await expect(rule.getByTestId('inspector.error')).toContainText('no spaces');
  await rule.getByTestId('inspector.field.newHeaderMatchName').fill('x-canary');
  await rule.getByTestId('inspector.field.newHeaderMatchValue').fill('always');
  await rule.getByTestId('inspector.add.headerMatch').click();
  await expect(rule.getByTestId('inspector.field.headerMatchName')).toHaveValue('x-canary');

  // An HTTPS redirect cannot share a rule with backends: the inspector says so, and the
  // redirect goes into a new rule instead.
  await rule.getByTestId('inspector.field.newFilterType').selectOption('RequestRedirect');
  await rule.getByTestId('inspector.add.filter').click();
  await expect(rule.getByTestId('inspector.error')).toContainText('cannot have backends');
  await inspector.panel.getByTestId('inspector.addRule').click();
  const redirectRule = inspector.panel.getByTestId('inspector.rule').last();
  await redirectRule.getByTestId('inspector.field.newFilterType').selectOption('RequestRedirect');
  await redirectRule.getByTestId('inspector.add.filter').click();
  await expect(redirectRule.getByTestId('inspector.field.redirectScheme')).toHaveValue('https');

  // The YAML pane shows both, where the rule is written.
  await expect.poll(() => yamlPane.visibleText()).toContain('name: x-canary');
  await expect.poll(() => yamlPane.visibleText()).toContain('scheme: https');
  const text = await designer.fileText(FILE);
  expect(text).toMatch(/headers:\s*\n\s*- name: x-canary\s*\n\s*value: always\n/);
  expect(text).toMatch(/- type: RequestRedirect\s*\n\s*requestRedirect:\s*\n\s*scheme: https/);
  await expect(page.getByTestId('problems.item')).toHaveCount(0);
  await snapshot(page, testInfo, 'rule-edited');

  // Delete a Service the route sends to, with the focus outside the canvas: asked first.
  await canvas.select(CART);
  await inspector.panel.locator('.rs-inspector__title').click();
  expect(
    await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="canvas"]'))),
  ).toBe(false);
  await page.keyboard.press('Delete');
  const dialog = page.getByTestId('confirm.dialog');
  await expect(dialog).toContainText('HTTPRoute shop/shop-api refers to Service shop/cart');
  await snapshot(page, testInfo, 'confirm-delete');
  await page.getByTestId('confirm.cancel').click();
  await expect(dialog).toHaveCount(0);
  expect(await designer.resourceKeys()).toContain(CART);

  await page.keyboard.press('Delete');
  await page.getByTestId('confirm.ok').click();
  await expect(canvas.node(CART)).toHaveCount(0);
  await expect(canvas.node(`missing:${CART}`)).toBeVisible();

  // Undo brings the Service back, redo deletes it again; more undos drop the edits in turn.
  await toolbar.undo();
  await expect(canvas.node(CART)).toBeVisible();
  await toolbar.redo();
  await expect(canvas.node(CART)).toHaveCount(0);
  await toolbar.undo();
  await toolbar.undo();
  await expect.poll(() => designer.fileText(FILE)).not.toContain('RequestRedirect');
  await toolbar.undo();
  await expect.poll(() => designer.graphNodeIds()).not.toContain(`${ROUTE}#rule/2`);
  expect(await designer.fileText(FILE)).toContain('x-canary');
  await toolbar.undo();
  await expect.poll(() => designer.fileText(FILE)).not.toContain('x-canary');
});

test('selecting a rule or a listener row opens its card in the inspector', async ({
  page,
  canvas,
  inspector,
  yamlPane,
  designer,
}) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
  await canvas.fit();

  await page.getByTestId(`canvas.row.${ROUTE}#rule/1`).click();
  await expect.poll(() => designer.selection()).toEqual([`${ROUTE}#rule/1`]);
  const rules = inspector.panel.getByTestId('inspector.rule');
  await expect(rules.nth(1)).toHaveAttribute('data-focused', 'true');
  await expect(rules.nth(1)).toBeInViewport();
  await expect(rules.nth(0)).not.toHaveAttribute('data-focused');

  const GATEWAY = 'gateway.networking.k8s.io/Gateway/infra/edge';
  await page.getByTestId(`canvas.row.${GATEWAY}#listener/https`).click();
  const listeners = inspector.panel.getByTestId('inspector.listener');
  await expect(listeners.nth(1)).toHaveAttribute('data-focused', 'true');
  await expect(listeners.nth(1).getByTestId('inspector.field.listenerName')).toHaveValue('https');

  // The whole resource selected: no card stands out.
  await canvas.select(GATEWAY);
  await expect(inspector.panel.locator('[data-focused]')).toHaveCount(0);
});
