import type { Page } from '@playwright/test';
import { expect, openDesigner, snapshot, test } from './fixtures.ts';

const GATEWAY = 'gateway.networking.k8s.io/Gateway/default/gateway-1';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/default/http-route-1';
const SVC1 = '/Service/default/service-1';
const SVC2 = '/Service/default/service-2';

/** The file the YAML pane shows (where new objects are added). */
function activeFile(page: Page): Promise<string> {
  return page.evaluate(() => window.__routeStudio?.getState().activeFile ?? '');
}

test.use({ viewport: { width: 1700, height: 1000 } });

test('designs a weighted split from the palette, handles and the inspector', async ({
  page,
  canvas,
  palette,
  inspector,
  yamlPane,
  designer,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
  await canvas.fit();
  await palette.drop('Gateway', 0.08, 0.05);
  await palette.drop('HTTPRoute', 0.4, 0.05);
  await palette.drop('Service', 0.72, 0.03);
  await palette.drop('Service', 0.72, 0.2);
  for (const id of [GATEWAY, ROUTE, SVC1, SVC2]) await expect(canvas.node(id)).toBeVisible();

  // Listener → route: the parentRef names the listener it was dropped on.
  await canvas.connect(
    canvas.handle(`${GATEWAY}#listener/http`, 'out'),
    canvas.handle(ROUTE, 'in'),
  );
  // The rule → both Services.
  for (const svc of [SVC1, SVC2])
    await canvas.connect(canvas.handle(`${ROUTE}#rule/0`, 'out'), canvas.handle(svc, 'in'));
  await snapshot(page, testInfo, 'connected');

  await canvas.select(ROUTE);
  await expect(inspector.weights).toHaveCount(2);
  await inspector.set(inspector.weights.nth(0), '90');
  await inspector.set(inspector.weights.nth(1), '10');
  await expect(page.getByTestId('canvas.edge-label')).toHaveText(['90%', '10%']);

  // The YAML pane shows the selected route, as written by the commands.
  await canvas.select(ROUTE);
  await expect.poll(() => yamlPane.visibleText()).toContain('sectionName: http');
  // Monaco renders lines out of DOM order: check what is shown, then the order in the file.
  const shown = await yamlPane.visibleText();
  for (const line of ['- name: gateway-1', 'weight: 90', 'weight: 10', '- name: service-2'])
    expect(shown).toContain(line);
  const text = await designer.fileText(await activeFile(page));
  expect(text).toMatch(/parentRefs:\s*\n\s*- name: gateway-1\s*\n\s*sectionName: http\n/);
  expect(text).toMatch(/- name: service-1\s*\n\s*port: 80\s*\n\s*weight: 90\n/);
  expect(text).toMatch(/- name: service-2\s*\n\s*port: 80\s*\n\s*weight: 10\n/);
  await snapshot(page, testInfo, 'weights');

  // An invalid weight is refused with a message, and nothing changes.
  await inspector.set(inspector.weights.nth(0), '2000000');
  await expect(inspector.panel.getByTestId('inspector.error')).toContainText('1,000,000');
  expect(await designer.fileText(await activeFile(page))).not.toContain('2000000');

  // Deleting a referenced Service asks first; its backendRef then points at a ghost node.
  await canvas.select(SVC2);
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('confirm.dialog')).toContainText('HTTPRoute default/http-route-1');
  await page.getByTestId('confirm.ok').click();
  await expect(canvas.node(SVC2)).toHaveCount(0);
  await expect(canvas.node(`missing:${SVC2}`)).toBeVisible();
  await expect(canvas.node(`missing:${SVC2}`)).toHaveClass(/rs-node--ghost/);
  await snapshot(page, testInfo, 'deleted');
});

test('selection follows between the canvas and the YAML', async ({
  page,
  canvas,
  yamlPane,
  designer,
}) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
  await canvas.fit();
  const keys = await designer.resourceKeys();
  const route = keys.find((k) => k.includes('/HTTPRoute/'))!;
  const gateway = keys.find((k) => k.includes('/Gateway/'))!;
  const file = await activeFile(page);

  await canvas.select(route);
  await expect.poll(() => designer.selection()).toEqual([route]);
  await expect.poll(() => yamlPane.visibleText()).toContain('kind: HTTPRoute');

  await yamlPane.goTo(await designer.lineOf(file, 'kind: Gateway'));
  await expect.poll(() => designer.selection()).toEqual([gateway]);
  await expect(canvas.node(gateway)).toHaveClass(/is-selected/);
  await expect(canvas.node(route)).not.toHaveClass(/is-selected/);
});
