import { expect, openDesigner, snapshot, test } from './fixtures.ts';
import { onPath, SimulatePanelPage } from './traffic-panels.ts';

const GATEWAY = 'gateway.networking.k8s.io/Gateway/infra/edge';
const HTTPS = `${GATEWAY}#listener/https`;
const CHECKOUT = 'gateway.networking.k8s.io/HTTPRoute/shop/checkout';
const SHOP_API = 'gateway.networking.k8s.io/HTTPRoute/shop/shop-api';

test('a request simulated in the panel shows its explanation and its path on the canvas', async ({
  page,
  yamlPane,
  canvas,
  designer,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'overview');
  await canvas.fit();
  const simulate = new SimulatePanelPage(page);
  await simulate.open();
  // The form starts with a request the design routes, already answered.
  await expect(simulate.url).toHaveValue('http://shop.example.com/api/cart');
  await expect(simulate.outcome).toHaveText('Sent to Service shop/cart:8080');

  await simulate.request('https://shop.example.com/checkout/pay?step=2');
  await expect(simulate.outcome).toHaveText('Split over 2 backends');
  await expect(simulate.listener).toHaveText('https (HTTPS 443, shop.example.com)');
  await expect(simulate.route).toHaveText('HTTPRoute shop/checkout rules[0].matches[0]');
  await expect(simulate.backends).toHaveText([
    /90%\s*Service shop\/checkout-v1:8080/,
    /10%\s*Service shop\/checkout-v2:8080/,
  ]);
  // The listener that did not take it, with why; the match that lost.
  await expect(simulate.step('Not listener http')).toContainText('port 80, not 443');
  await expect(simulate.step('shop-api rules[1]')).toContainText('does not match');

  // The path: gateway, listener, route, rule and both backends stand out; the rest is dimmed.
  await expect(page.getByTestId('canvas')).toHaveClass(/rs-canvas--path/);
  await expect(canvas.node(GATEWAY)).toHaveClass(/is-on-path/);
  await expect(canvas.node(CHECKOUT)).toHaveClass(/is-on-path/);
  await expect(page.getByTestId(`canvas.row.${CHECKOUT}#rule/0`)).toHaveClass(/is-on-path/);
  await expect(page.getByTestId(`canvas.row.${HTTPS}`)).toHaveClass(/is-on-path/);
  await expect(canvas.node(SHOP_API)).not.toHaveClass(/is-on-path/);
  await expect(page.locator('.react-flow__edge-path.is-on-path')).toHaveCount(3);
  await snapshot(page, testInfo, 'simulated-path');

  // A step about an object selects it.
  await simulate.step('Listener https').click();
  await expect.poll(() => designer.selection()).toEqual([HTTPS]);

  // Another tab clears the path; back on Simulate, the same request is answered again.
  await page.getByTestId('problems.toggle').click();
  await expect(onPath(page)).toHaveCount(0);
  await expect(page.getByTestId('canvas')).not.toHaveClass(/rs-canvas--path/);
  await simulate.tab.click();
  await expect(simulate.url).toHaveValue('https://shop.example.com/checkout/pay?step=2');
  await expect(onPath(page).first()).toBeVisible();
});

test('the canary example splits 90 % / 10 %, and the answer follows an edit of the weights', async ({
  page,
  yamlPane,
  designer,
}) => {
  await openDesigner(page, yamlPane, 'canary');
  const simulate = new SimulatePanelPage(page);
  await simulate.open();
  await expect(simulate.backends).toHaveText([/90%.*checkout-stable/, /10%.*checkout-canary/]);

  await yamlPane.goToEndOf(await designer.lineOf('canary.yaml', 'weight: 90'));
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await yamlPane.type('30');
  await expect(simulate.backends).toHaveText([/75%.*checkout-stable/, /25%.*checkout-canary/]);
});

test('headers pick the A/B variant, a redirect shows its Location, a closed port is refused', async ({
  page,
  yamlPane,
  toolbar,
}) => {
  await openDesigner(page, yamlPane, 'ab-header');
  const simulate = new SimulatePanelPage(page);
  await simulate.open();
  await expect(simulate.headers).toHaveValue('x-variant: b');
  await expect(simulate.outcome).toHaveText('Sent to Service shop/landing-b:8080');
  await expect(page.getByTestId('simulate.runner-up')).toContainText('rules[1]');
  await simulate.headers.fill('x-variant: a');
  await simulate.headers.press('Control+Enter');
  await expect(simulate.outcome).toHaveText('Sent to Service shop/landing-a:8080');

  await toolbar.pickExample('https-redirect');
  await simulate.open();
  await expect(simulate.outcome).toHaveText('Redirect 301');
  await expect(page.getByTestId('simulate.redirect')).toHaveText('301 → https://www.example.com/');

  await simulate.request('http://www.example.com:8080/');
  await expect(simulate.outcome).toHaveText('Error: connection refused');
});

test('the dock grows by dragging its top edge', async ({ page, yamlPane }) => {
  await openDesigner(page, yamlPane, 'canary');
  const simulate = new SimulatePanelPage(page);
  await simulate.open();
  const before = (await simulate.panel.boundingBox())!.height;
  const edge = (await page.getByTestId('dock.resize').boundingBox())!;
  await page.mouse.move(edge.x + 200, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + 200, edge.y - 150, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(async () => (await simulate.panel.boundingBox())!.height)
    .toBeGreaterThan(before + 100);
});

test('a mesh request to Istio subsets splits 90 % / 10 % and lights the DestinationRule', async ({
  page,
  yamlPane,
  canvas,
}) => {
  await openDesigner(page, yamlPane, 'istio-canary');
  await canvas.fit();
  const simulate = new SimulatePanelPage(page);
  await simulate.open();
  await expect(simulate.entry).toHaveValue('mesh:travel');
  await expect(simulate.backends).toHaveText([
    /90%.*fares subset stable/,
    /10%.*fares subset canary/,
  ]);
  const rule = 'networking.istio.io/DestinationRule/travel/fares';
  await expect(canvas.node(rule)).toHaveClass(/is-on-path/);
  await expect(page.getByTestId(`canvas.row.${rule}#subset/canary`)).toHaveClass(/is-on-path/);
  await expect(page.getByTestId(`canvas.row.${rule}#subset/shadow`)).not.toHaveClass(/is-on-path/);
});
