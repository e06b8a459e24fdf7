import { expect, openDesigner, snapshot, test } from './fixtures.ts';

const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/checkout';
const RENAMED = 'gateway.networking.k8s.io/HTTPRoute/shop/checkout-v2';

test('adds, renames and deletes files in the YAML pane, undoing each', async ({
  page,
  yamlPane,
  fileTabs,
  toolbar,
  designer,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'canary');
  await expect(fileTabs.tabs()).toHaveCount(1);

  await fileTabs.add('extra.yaml');
  await expect(fileTabs.tab('extra.yaml')).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => designer.fileNames()).toEqual(['canary.yaml', 'extra.yaml']);
  await yamlPane.editor.locator('.view-lines').click();
  // Pasted in one go (typed key by key, Enter would accept the editor's completions).
  await page.keyboard.insertText('apiVersion: v1\nkind: Service\nmetadata:\n  name: extra\n');
  await expect.poll(() => designer.fileText('extra.yaml')).toContain('name: extra');

  await fileTabs.rename('extra.yaml', 'services.yaml');
  await expect(fileTabs.tab('services.yaml')).toBeVisible();
  await expect(fileTabs.tab('extra.yaml')).toHaveCount(0);
  await expect.poll(() => yamlPane.visibleText()).toContain('name: extra');
  await snapshot(page, testInfo, 'renamed-file');

  // A name another file has is refused, saying why.
  await fileTabs.rename('services.yaml', 'canary.yaml');
  await expect(page.getByTestId('fileTabs.problem')).toContainText(
    'already has a file named canary.yaml',
  );
  await page.keyboard.press('Escape');

  await toolbar.undo();
  await expect(fileTabs.tab('extra.yaml')).toBeVisible();
  await toolbar.redo();
  await expect(fileTabs.tab('services.yaml')).toBeVisible();

  await fileTabs.remove('services.yaml');
  await expect(fileTabs.tab('services.yaml')).toHaveCount(0);
  await expect.poll(() => designer.resourceKeys()).not.toContain('/Service/default/extra');
  await toolbar.undo();
  await expect(fileTabs.tab('services.yaml')).toBeVisible();
  await expect.poll(() => designer.fileText('services.yaml')).toContain('name: extra');
  await expect.poll(() => designer.resourceKeys()).toContain('/Service/default/extra');

  // Undo the typing, then the new file itself.
  await toolbar.undo();
  await toolbar.undo();
  await toolbar.undo();
  await expect.poll(() => designer.fileNames()).toEqual(['canary.yaml']);
});

test('moves the selected resource to another file, and back with undo', async ({
  page,
  canvas,
  yamlPane,
  fileTabs,
  toolbar,
  designer,
}) => {
  await openDesigner(page, yamlPane, 'canary');
  await fileTabs.add('routes.yaml');
  await canvas.fit();
  await canvas.select(ROUTE);
  await fileTabs.moveSelectedTo('routes.yaml');
  await expect.poll(() => designer.fileText('routes.yaml')).toContain('name: checkout\n');
  expect(await designer.fileText('canary.yaml')).not.toContain('kind: HTTPRoute');
  await expect(fileTabs.tab('routes.yaml')).toHaveAttribute('aria-current', 'true');
  await toolbar.undo();
  await expect.poll(() => designer.fileText('canary.yaml')).toContain('kind: HTTPRoute');
  expect(await designer.fileText('routes.yaml')).toBe('');
});

test('renaming a resource in the inspector keeps its node where it was, and selected', async ({
  page,
  canvas,
  inspector,
  yamlPane,
  designer,
}) => {
  await openDesigner(page, yamlPane, 'canary');
  await canvas.fit();
  await canvas.select(ROUTE);
  const before = await canvas.node(ROUTE).boundingBox();
  await inspector.set(inspector.field('name'), 'checkout-v2');
  await expect(canvas.node(RENAMED)).toBeVisible();
  await expect.poll(() => designer.selection()).toEqual([RENAMED]);
  const after = await canvas.node(RENAMED).boundingBox();
  expect(after).not.toBeNull();
  expect(Math.abs(after!.x - before!.x)).toBeLessThan(1);
  expect(Math.abs(after!.y - before!.y)).toBeLessThan(1);

  // A node the person placed by hand keeps its place through a rename typed in the YAML too.
  await canvas.node(RENAMED).locator('.rs-node__name').hover();
  await page.mouse.down();
  await page.mouse.move(after!.x + 200, after!.y + 120, { steps: 8 });
  await page.mouse.up();
  const placed = (await designer.positions())[RENAMED];
  expect(placed).toBeDefined();
  const line = await designer.lineOf('canary.yaml', 'name: checkout-v2');
  await yamlPane.goToEndOf(line);
  await yamlPane.type('-b');
  await expect.poll(async () => (await designer.positions())[`${RENAMED}-b`]).toEqual(placed);
  await expect.poll(() => designer.selection()).toEqual([`${RENAMED}-b`]);
});
