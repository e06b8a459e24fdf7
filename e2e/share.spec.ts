import { DesignerState, expect, openDesigner, snapshot, test } from './fixtures.ts';

test('a copied share link opens the same design in a new page', async ({
  page,
  context,
  canvas,
  yamlPane,
  toolbar,
  sharePanel,
  designer,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDesigner(page, yamlPane, 'canary');
  await canvas.fit();
  const id = 'gateway.networking.k8s.io/HTTPRoute/shop/checkout';
  const box = (await canvas.node(id).locator('.rs-node__name').boundingBox())!;
  await page.mouse.move(box.x + 10, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 140, box.y + 60, { steps: 8 });
  await page.mouse.up();
  await yamlPane.goToEndOf(await designer.lineOf('canary.yaml', 'weight: 10'));
  await yamlPane.type('  # ten percent');
  await expect.poll(() => designer.fileText('canary.yaml')).toContain('# ten percent');
  const text = await designer.fileText('canary.yaml');
  const positions = await designer.positions();

  await sharePanel.open();
  await expect(sharePanel.length).toContainText('characters');
  await expect(sharePanel.warning).toHaveCount(0);
  await snapshot(page, testInfo, 'share-dialog');
  const link = await sharePanel.copy();
  expect(link).toMatch(/#v1\//);

  const other = await context.newPage();
  const otherDesigner = new DesignerState(other);
  await other.goto(link);
  await expect(other.getByTestId('toolbar.title')).toHaveText('Shared design');
  await expect.poll(() => otherDesigner.fileText('canary.yaml')).toBe(text);
  // Links carry positions as whole numbers.
  const rounded = Object.fromEntries(
    Object.entries(positions).map(([id, at]) => [id, { x: Math.round(at.x), y: Math.round(at.y) }]),
  );
  expect(await otherDesigner.positions()).toEqual(rounded);
  // The first page still has its design and its history.
  await expect(toolbar.undoButton).toBeEnabled();
});

for (const [what, damage] of [
  ['truncated', (link: string) => link.slice(0, Math.floor(link.length * 0.6))],
  [
    'tampered',
    (link: string) => {
      const at = link.indexOf('#v1/') + 20;
      const c = link[at] === 'A' ? 'B' : 'A';
      return link.slice(0, at) + c + link.slice(at + 1);
    },
  ],
] as const) {
  test(`a ${what} link shows an error and keeps the design`, async ({
    page,
    context,
    yamlPane,
    sharePanel,
    designer,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDesigner(page, yamlPane, 'canary');
    await sharePanel.open();
    const link = await sharePanel.copy();
    await sharePanel.close();
    await openDesigner(page, yamlPane, 'istio-canary');
    const before = await designer.fileNames();
    await page.evaluate((hash) => (location.hash = hash), new URL(damage(link)).hash);
    await expect(page.getByTestId('notice')).toContainText('This link cannot be opened');
    expect(await designer.fileNames()).toEqual(before);

    // Opened in a page of its own, it says so too, and shows a design rather than nothing.
    const fresh = await context.newPage();
    await fresh.goto(damage(link));
    await expect(fresh.getByTestId('notice')).toContainText('This link cannot be opened');
    await expect(fresh.getByTestId('yaml.editor').locator('.view-lines')).toBeVisible({
      timeout: 30_000,
    });
  });
}

test('the share dialog shows the length and warns when a link passes what chats keep', async ({
  page,
  yamlPane,
  sharePanel,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'large');
  await sharePanel.open();
  await expect(sharePanel.length).toHaveText(/^\d{1,2},\d{3} characters$/);
  await expect(sharePanel.warning).toContainText('Over 2,000 characters: chat apps cut links');
  await snapshot(page, testInfo, 'share-warning');
});
