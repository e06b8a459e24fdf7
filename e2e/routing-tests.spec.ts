import { expect, openDesigner, snapshot, test } from './fixtures.ts';
import { SimulatePanelPage, TestsPanelPage } from './traffic-panels.ts';

const RULE = 'gateway.networking.k8s.io/HTTPRoute/shop/checkout#rule/0';

test('a simulated answer saved as a test passes, fails after an edit that breaks it, and passes after undo', async ({
  page,
  yamlPane,
  canvas,
  designer,
  toolbar,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'canary');
  await canvas.fit();
  const simulate = new SimulatePanelPage(page);
  const tests = new TestsPanelPage(page);
  await tests.open();
  await expect(tests.panel).toContainText('No routing tests yet');

  await simulate.open();
  await expect(simulate.backends).toHaveText([/90%.*checkout-stable/, /10%.*checkout-canary/]);
  await simulate.saveAsTest.click();
  await expect(page.getByTestId('simulate.saved')).toBeVisible();
  // The test is kept in a file of its own, which kubectl exports leave out.
  expect(await designer.fileText('routing-tests.yaml')).toContain('kind: RoutingTests');

  await tests.open();
  await expect(tests.items).toHaveCount(1);
  await expect(tests.items.first()).toHaveAttribute('data-passed', 'true');
  await expect(tests.items.first()).toContainText('GET http://example.com/');
  await expect(tests.summary).toHaveText('1 passed');
  await expect(page.getByTestId('tests.coverage')).toContainText('coverage 100%');
  // Coverage on the canvas: the one rule is exercised.
  await expect(
    page.getByTestId(`canvas.row.${RULE}`).getByTestId('canvas.coverage'),
  ).toHaveAttribute('data-coverage', 'tested');

  // Shift traffic in the YAML: the expected 10 % no longer holds.
  await yamlPane.openFile('canary.yaml');
  await yamlPane.goToEndOf(await designer.lineOf('canary.yaml', 'weight: 10'));
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await yamlPane.type('30');
  await expect(tests.items.first()).toHaveAttribute('data-passed', 'false');
  await expect(tests.items.first()).toContainText(
    'expected shop/checkout-canary to get 10%, it gets 25%',
  );
  await expect(tests.summary).toHaveText('1 failed');
  await snapshot(page, testInfo, 'failing-test');

  // The saved test and the edit are each one undo step.
  await toolbar.undo();
  await expect(tests.items.first()).toHaveAttribute('data-passed', 'true');
  await toolbar.undo();
  await expect(tests.panel).toContainText('No routing tests yet');
});

test('rules no test exercises are marked on the canvas while the Tests tab is open', async ({
  page,
  yamlPane,
  canvas,
}) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
  await canvas.fit();
  const simulate = new SimulatePanelPage(page);
  const tests = new TestsPanelPage(page);
  await simulate.open();
  await expect(simulate.url).toHaveValue('http://shop.example.com/api/cart');
  await simulate.saveAsTest.click();
  await tests.open();

  const route = 'gateway.networking.k8s.io/HTTPRoute/shop/shop-api';
  const coverageOf = (rule: number) =>
    page.getByTestId(`canvas.row.${route}#rule/${rule}`).getByTestId('canvas.coverage');
  await expect(coverageOf(0)).toHaveAttribute('data-coverage', 'tested');
  await expect(coverageOf(1)).toHaveAttribute('data-coverage', 'untested');
  await expect(page.getByTestId('tests.uncovered')).toContainText(
    'HTTPRoute shop/shop-api rules[1].matches[0]',
  );
  await expect(page.getByTestId('tests.coverage')).toContainText('1 of 2 matches');

  await page.getByTestId('problems.toggle').click();
  await expect(page.getByTestId('canvas.coverage')).toHaveCount(0);
});
