import { expect, openDesigner, snapshot, test } from './fixtures.ts';

test.use({ viewport: { width: 1440, height: 900 } });

const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/checkout';

test('the flow tab shows where a host goes and follows edits', async ({
  page,
  canvas,
  yamlPane,
  inspector,
  designer,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'overview');
  await page.getByTestId('flow.toggle').click();
  const panel = page.getByTestId('flow.panel');
  const host = panel.getByTestId('flow.host');
  await expect(host).toHaveValue('shop.example.com');
  await panel.getByTestId('flow.prefix').fill('/checkout');

  const sankey = panel.getByTestId('flow.sankey');
  const services = sankey.locator('[data-testid="flow.node"][data-kind="service"] text');
  await expect(services).toHaveText(['shop/checkout-v1 90%', 'shop/checkout-v2 10%']);
  await snapshot(page, testInfo, 'flow');

  // A weight slider on the route: the picture follows the edit.
  await canvas.select(ROUTE);
  await inspector.panel.getByTestId('route.split-evenly').click();
  await expect(services).toHaveText(['shop/checkout-v1 50%', 'shop/checkout-v2 50%']);

  // So does the YAML: a host no route serves any more leaves the picture empty.
  const text = await designer.fileText('gateway-api.yaml');
  await host.fill('nowhere.example.com');
  await expect(panel.getByTestId('flow.empty')).toContainText('nowhere.example.com/checkout');
  expect(await designer.fileText('gateway-api.yaml')).toBe(text);

  // Clicking a Service in the picture selects it on the canvas.
  await host.fill('shop.example.com');
  await services.first().click();
  await expect.poll(() => designer.selection()).toEqual(['/Service/shop/checkout-v1']);
});

test('the flow shows mirrors with their percentage and Istio subsets', async ({
  page,
  yamlPane,
}) => {
  await openDesigner(page, yamlPane, 'istio-mirroring');
  await page.getByTestId('flow.toggle').click();
  const sankey = page.getByTestId('flow.sankey');
  await expect(sankey.getByTestId('flow.link-label')).toHaveText(['mirror 100%']);
  await expect(sankey.locator('[data-kind="subset"] text')).toHaveText(['stable 100%', 'shadow']);
});
