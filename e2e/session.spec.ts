import { EXAMPLES } from '../src/core/examples/index.ts';
import { expect, openDesigner, test } from './fixtures.ts';

test('a reload restores the design as it was left, and another design keeps it as a recent one', async ({
  page,
  yamlPane,
  toolbar,
  designer,
}) => {
  await openDesigner(page, yamlPane, 'canary');
  await yamlPane.goToEndOf(await designer.lineOf('canary.yaml', 'weight: 10'));
  await yamlPane.type('\n      # ten percent for now');
  await expect.poll(() => designer.fileText('canary.yaml')).toContain('# ten percent for now');
  const edited = await designer.fileText('canary.yaml');
  await expect(toolbar.autosave).toHaveText('Saved in this browser');

  await page.reload();
  await yamlPane.ready();
  await expect.poll(() => designer.fileText('canary.yaml')).toBe(edited);

  // Opening another design does not lose this one: it is listed under Open ▸ Recent designs.
  await toolbar.pickExample('istio-canary');
  await expect(page.getByTestId('notice')).toContainText('is kept in Open ▸ Recent designs');
  await expect.poll(() => designer.fileNames()).toEqual(['istio-canary.yaml']);
  await toolbar.openRecent('Gateway API: canary by weight');
  await expect.poll(() => designer.fileText('canary.yaml')).toBe(edited);
});

const TEMPLATES = EXAMPLES.filter((e) => e.section !== 'scale');

test('every template opens from the gallery with no errors or warnings', async ({
  page,
  yamlPane,
  toolbar,
  problems,
  designer,
}) => {
  test.setTimeout(TEMPLATES.length * 8_000);
  await openDesigner(page, yamlPane, 'canary');
  for (const template of TEMPLATES) {
    await toolbar.pickExample(template.id);
    await expect(toolbar.title).toHaveText(template.title);
    await expect(page).toHaveURL(new RegExp(`example=${template.id}$`));
    await expect.poll(() => designer.fileNames()).toEqual(template.files.map((f) => f.name));
    await problems.settled();
    await expect(problems.filter('error')).toContainText('0 errors');
    await expect(problems.filter('warning')).toContainText('0 warnings');
  }
});

test('a template added to the design is one undo step, its names made unique', async ({
  page,
  yamlPane,
  toolbar,
  designer,
}) => {
  await openDesigner(page, yamlPane, 'canary');
  const before = await designer.resourceKeys();
  await toolbar.addTemplate('https-redirect');
  await expect.poll(() => designer.fileNames()).toEqual(['canary.yaml', 'https-redirect.yaml']);
  const after = await designer.resourceKeys();
  // The identical GatewayClass is left out; the other Gateway web is renamed, its routes follow.
  expect(new Set(after).size).toBe(after.length);
  expect(after).toContain('gateway.networking.k8s.io/Gateway/shop/web-2');
  expect(await designer.fileText('https-redirect.yaml')).toContain('parentRefs:\n  - name: web-2');
  expect(after.filter((k) => k.includes('GatewayClass'))).toHaveLength(1);
  await toolbar.undo();
  await expect.poll(() => designer.resourceKeys()).toEqual(before);
});
