import { expect, openDesigner, snapshot, test } from './fixtures.ts';

const FILE = 'canary.yaml';
const CANARY_SERVICE = '/Service/shop/checkout-canary';

test.beforeEach(async ({ page, yamlPane, canvas }) => {
  await openDesigner(page, yamlPane, 'canary');
  await canvas.fit();
});

test('a burst of keystrokes is one undo step', async ({ page, yamlPane, toolbar, designer }) => {
  const before = await designer.fileText(FILE);
  await yamlPane.goToEndOf(await designer.lineOf(FILE, 'weight: 90'));
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await yamlPane.type('42');
  await yamlPane.settle();
  await expect.poll(() => designer.fileText(FILE)).toContain('weight: 42');
  await expect(toolbar.undoButton).toBeEnabled();

  await toolbar.undo();
  await expect.poll(() => designer.fileText(FILE)).toBe(before);
  await expect(toolbar.undoButton).toBeDisabled();
  await expect.poll(() => yamlPane.visibleText()).toContain('weight: 90');
});

test('one history covers text edits and canvas edits', async ({
  page,
  canvas,
  yamlPane,
  toolbar,
  designer,
}, testInfo) => {
  const original = await designer.fileText(FILE);
  // 1. A text edit.
  await yamlPane.goToEndOf(await designer.lineOf(FILE, 'weight: 10'));
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await yamlPane.type('25');
  await yamlPane.settle();
  const typed = await designer.fileText(FILE);
  expect(typed).toContain('weight: 25');

  // 2. A canvas edit: select a Service through its YAML, delete it with the keyboard.
  await yamlPane.goTo(await designer.lineOf(FILE, 'name: checkout-canary'), 5);
  await expect.poll(() => designer.selection()).toEqual([CANARY_SERVICE]);
  await page.getByRole('heading', { name: 'Route Studio' }).click();
  await page.keyboard.press('Delete');
  // The route still sends to it: Delete asks first.
  await page.getByTestId('confirm.ok').click();
  await expect(canvas.node(CANARY_SERVICE)).toHaveCount(0);
  const deleted = await designer.fileText(FILE);

  // Undo the canvas edit from the toolbar, then the text edit with Ctrl+Z inside Monaco.
  await toolbar.undo();
  await expect(canvas.node(CANARY_SERVICE)).toBeVisible();
  await expect.poll(() => designer.fileText(FILE)).toBe(typed);
  await yamlPane.editor.locator('.view-lines').click();
  await page.keyboard.press('Control+Z');
  await expect.poll(() => designer.fileText(FILE)).toBe(original);
  await expect.poll(() => yamlPane.visibleText()).toContain('weight: 10');
  await expect(toolbar.undoButton).toBeDisabled();

  // Redo both, with the keyboard outside the editor and the toolbar.
  await page.getByRole('heading', { name: 'Route Studio' }).click();
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => designer.fileText(FILE)).toBe(typed);
  await toolbar.redo();
  await expect.poll(() => designer.fileText(FILE)).toBe(deleted);
  await expect(toolbar.redoButton).toBeDisabled();
  await snapshot(page, testInfo, 'after-redo');
});
