import { expect, openDesigner, snapshot, test } from './fixtures.ts';

const CHECKOUT = 'gateway.networking.k8s.io/HTTPRoute/shop/checkout';

test('opens the default example on the canvas and in the YAML', async ({
  page,
  canvas,
  yamlPane,
  problems,
  designer,
}, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await openDesigner(page, yamlPane);
  await canvas.fit();
  await expect(canvas.nodes().first()).toBeVisible();
  expect(await canvas.nodes().count()).toBeGreaterThan(3);
  const ids = await designer.graphNodeIds();
  expect(ids).toContain(CHECKOUT);
  expect(ids).toContain('networking.istio.io/VirtualService/travel/travel');
  await expect.poll(() => yamlPane.visibleText()).toContain('kind: GatewayClass');
  await expect(page.getByTestId('yaml.file.istio.yaml')).toBeVisible();
  await expect(yamlPane.staleBanner).toBeHidden();
  // The overview is a valid design: at most advice (info), no errors or warnings.
  await expect(problems.withSeverity('error')).toHaveCount(0);
  await expect(problems.withSeverity('warning')).toHaveCount(0);
  // Hovering a key asks the monaco-yaml worker: it must have started without errors.
  await page.getByText('controllerName').first().hover();
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
  await snapshot(page, testInfo, 'overview');
});

test('loads the example named in the URL and switches examples from the toolbar', async ({
  page,
  canvas,
  yamlPane,
  toolbar,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'canary');
  await canvas.fit();
  await expect(canvas.node(CHECKOUT)).toBeVisible();
  await expect.poll(() => yamlPane.visibleText()).toContain('kind: GatewayClass');
  await expect(page.getByTestId('yaml.file.canary.yaml')).toBeVisible();

  await toolbar.pickExample('istio-canary');
  await expect(page).toHaveURL(/example=istio-canary/);
  await canvas.fit();
  await expect(canvas.node('networking.istio.io/DestinationRule/travel/fares')).toBeVisible();
  await expect(canvas.node(CHECKOUT)).toHaveCount(0);
  await expect.poll(() => yamlPane.visibleText()).toContain('kind: VirtualService');
  await snapshot(page, testInfo, 'istio-canary');
});

test('follows a dark system theme and collapses the YAML pane', async ({
  page,
  canvas,
  yamlPane,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openDesigner(page, yamlPane, 'istio-gateway');
  await canvas.fit();
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible();
  await snapshot(page, testInfo, 'dark');

  await page.getByTestId('yaml.toggle').click();
  await expect(yamlPane.editor).toBeHidden();
  await page.getByTestId('yaml.toggle').click();
  await expect(yamlPane.editor).toBeVisible();
});
