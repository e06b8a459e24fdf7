import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { dropFiles, expect, openDesigner, snapshot, test, type DiskFile } from './fixtures.ts';

// Written as people write them: comments, a CRLF file, a file without its last newline.
const GATEWAY: DiskFile = {
  name: 'gateway.yaml',
  text: `# Our edge\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: web\nspec:\n  gatewayClassName: istio\n  listeners:\n  - name: http   # plain HTTP for now\n    port: 80\n    protocol: HTTP\n`,
};
const ROUTES: DiskFile = {
  name: 'routes.yaml',
  text: 'apiVersion: gateway.networking.k8s.io/v1\r\nkind: HTTPRoute\r\nmetadata:\r\n  name: shop\r\nspec:\r\n  parentRefs:\r\n  - name: web\r\n  rules:\r\n  - backendRefs:\r\n    - name: cart\r\n      port: 8080\r\n',
};
const SERVICE: DiskFile = {
  name: 'cart.json',
  text: '{\n  "apiVersion": "v1",\n  "kind": "Service",\n  "metadata": { "name": "cart" },\n  "spec": { "ports": [{ "port": 8080 }] }\n}',
};
const BROKEN: DiskFile = {
  name: 'broken.yaml',
  text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [oops\n',
};

test('imports files by drop and by the picker into a new design, edits, and exports them byte for byte', async ({
  page,
  yamlPane,
  toolbar,
  importDialog,
  fileTabs,
  designer,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'canary');
  await toolbar.newDesign();
  await expect(toolbar.title).toHaveText('Untitled design');
  await expect.poll(() => designer.resourceKeys()).toEqual([]);

  // Two files dropped on the canvas: the review lists them; a broken one is named with its line.
  await dropFiles(page, [GATEWAY, ROUTES, BROKEN]);
  await expect(importDialog.dialog).toBeVisible();
  await expect(importDialog.problems).toContainText(/broken\.yaml:\d+: Flow sequence/);
  await snapshot(page, testInfo, 'import-review');
  await importDialog.add();
  await expect(fileTabs.tab('gateway.yaml')).toBeVisible();
  await expect(fileTabs.tab('broken.yaml')).toHaveCount(0);

  // One more by the file picker.
  await toolbar.chooseFiles('import-files', [SERVICE]);
  await importDialog.add();
  await expect.poll(() => designer.resourceKeys()).toContain('/Service/default/cart');

  // Edit one file in the YAML pane.
  await fileTabs.tab('gateway.yaml').click();
  await yamlPane.goToEndOf(await designer.lineOf('gateway.yaml', 'protocol: HTTP'));
  await yamlPane.type('\n    hostname: "shop.example.com"');
  await expect
    .poll(() => designer.fileText('gateway.yaml'))
    .toContain('hostname: "shop.example.com"');
  const edited = await designer.fileText('gateway.yaml');

  // The zip holds every file under its name with its exact bytes (the empty new file is left out).
  const zip = await toolbar.exportDownload('zip');
  const entries = unzipSync(new Uint8Array(await readFile(await zip.path())));
  expect(Object.keys(entries).sort()).toEqual(['cart.json', 'gateway.yaml', 'routes.yaml']);
  expect(strFromU8(entries['routes.yaml']!)).toBe(ROUTES.text);
  expect(strFromU8(entries['cart.json']!)).toBe(SERVICE.text);
  expect(strFromU8(entries['gateway.yaml']!)).toBe(edited);

  // The YAML is one stream with all of it.
  const yaml = await readFile(await (await toolbar.exportDownload('yaml')).path(), 'utf8');
  expect(yaml).toContain('# Source: routes.yaml');
  expect(yaml).toContain('hostname: "shop.example.com"');
  expect(yaml).toContain('"name": "cart"');
});

test('exports a design file and opens it again as the same design', async ({
  page,
  canvas,
  yamlPane,
  toolbar,
  designer,
}) => {
  await openDesigner(page, yamlPane, 'canary');
  await canvas.fit();
  const id = 'gateway.networking.k8s.io/HTTPRoute/shop/checkout';
  const box = (await canvas.node(id).locator('.rs-node__name').boundingBox())!;
  await page.mouse.move(box.x + 10, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 160, box.y + 90, { steps: 8 });
  await page.mouse.up();
  const positions = await designer.positions();
  const files = await designer.fileText('canary.yaml');

  const download = await toolbar.exportDownload('design-file');
  const text = await readFile(await download.path(), 'utf8');
  await toolbar.newDesign();
  await expect.poll(() => designer.resourceKeys()).toEqual([]);
  await toolbar.chooseFiles('open-design-file', [{ name: 'canary.routestudio.json', text }]);
  await expect(toolbar.title).toHaveText('canary.routestudio.json');
  await expect.poll(() => designer.fileText('canary.yaml')).toBe(files);
  expect(await designer.positions()).toEqual(positions);
});

test('a failed or cancelled import changes nothing; a paste on the canvas adds a file', async ({
  page,
  yamlPane,
  toolbar,
  importDialog,
  designer,
}) => {
  await openDesigner(page, yamlPane, 'canary');
  const before = await designer.fileText('canary.yaml');
  await dropFiles(page, [
    { name: 'canary.yaml', text: before.replace('weight: 90', 'weight: 50') },
  ]);
  await expect(importDialog.collisions).toContainText('canary.yaml');
  await importDialog.cancel();
  await expect(importDialog.dialog).toHaveCount(0);
  expect(await designer.fileNames()).toEqual(['canary.yaml']);
  expect(await designer.fileText('canary.yaml')).toBe(before);
  await expect(toolbar.undoButton).toBeDisabled();

  // Text pasted while the canvas has the focus becomes a new file of the design.
  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } });
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
    );
  }, SERVICE.text);
  await expect.poll(() => designer.fileNames()).toEqual(['canary.yaml', 'pasted.yaml']);
  await toolbar.undo();
  await expect.poll(() => designer.fileNames()).toEqual(['canary.yaml']);
});

test('a 50 MB file is refused before it is read, and the design stays', async ({
  page,
  yamlPane,
  importDialog,
  designer,
}) => {
  await openDesigner(page, yamlPane, 'canary');
  const data = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(50 * 1024 * 1024)], 'huge.yaml'));
    return transfer;
  });
  await page.getByTestId('canvas').dispatchEvent('drop', { dataTransfer: data });
  await expect(importDialog.problems).toContainText('huge.yaml: 50.0 MiB is over the 5.0 MiB');
  await importDialog.cancel();
  expect(await designer.fileNames()).toEqual(['canary.yaml']);
});

test('copies the YAML to the clipboard', async ({ page, context, yamlPane, toolbar }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDesigner(page, yamlPane, 'canary');
  await toolbar.exportToClipboard();
  await expect(page.getByTestId('notice')).toContainText('Copied the YAML');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('kind: HTTPRoute');
});
