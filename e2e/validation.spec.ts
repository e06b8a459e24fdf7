import { expect, openDesigner, snapshot, test, type ProblemsPage } from './fixtures.ts';

const FILE = 'gateway-api-basic.yaml';
const GATEWAY = 'gateway.networking.k8s.io/Gateway/infra/edge';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/shop-api';
const HTTP_LISTENER = `${GATEWAY}#listener/http`;

/** The example is valid: its only entries are advice (an HTTPS-redirect hint). */
async function expectNoErrorsOrWarnings(problems: ProblemsPage): Promise<void> {
  await expect(problems.withSeverity('error')).toHaveCount(0);
  await expect(problems.withSeverity('warning')).toHaveCount(0);
}

test.beforeEach(async ({ page, yamlPane, canvas }) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
  await canvas.fit();
});

test('a mistyped protocol shows a marker, a problem and a badge until it is fixed by typing', async ({
  page,
  canvas,
  yamlPane,
  problems,
  designer,
}, testInfo) => {
  const [parentEdge] = await designer.edgeIds('parent-ref');
  await expectNoErrorsOrWarnings(problems);
  await expect(canvas.badge(GATEWAY)).toHaveCount(0);
  await expect(canvas.listenerAttached(HTTP_LISTENER)).toHaveText(/1/);
  await expect(canvas.edgeStatus(parentEdge!)).toHaveAttribute('data-health', 'ok');

  const line = await designer.lineOf(FILE, 'protocol: HTTP');
  await yamlPane.goToEndOf(line);
  await yamlPane.type('X');
  await expect(yamlPane.errorSquiggles().first()).toBeVisible();
  await expect(problems.withCode('schema-enum')).toHaveCount(1);
  await expect(problems.withCode('schema-enum')).toContainText(`${FILE}:`);
  await expect(canvas.badge(GATEWAY)).toHaveAttribute('data-severity', 'error');
  await expect(canvas.listenerAttached(HTTP_LISTENER)).toHaveText(/0/);
  // The route has no sectionName: the https listener still accepts it, so it stays Accepted.
  await expect(canvas.edgeStatus(parentEdge!)).toHaveAttribute('data-health', 'ok');
  await expect(canvas.edgeStatus(parentEdge!)).toHaveAttribute('title', /Accepted=True/);
  await snapshot(page, testInfo, 'protocol-typo');

  // Warnings can be hidden; errors stay.
  await problems.filter('warning').click();
  await expect(problems.items.first()).toHaveAttribute('data-severity', 'error');
  await problems.filter('warning').click();

  await yamlPane.goToEndOf(line);
  await page.keyboard.press('Backspace');
  await expectNoErrorsOrWarnings(problems);
  await expect(yamlPane.errorSquiggles()).toHaveCount(0);
  await expect(canvas.badge(GATEWAY)).toHaveCount(0);
  await expect(canvas.listenerAttached(HTTP_LISTENER)).toHaveText(/1/);
  await expect(canvas.edgeStatus(parentEdge!)).toHaveAttribute('data-health', 'ok');
});

test('the quick fix corrects a mistyped protocol in one undo step', async ({
  canvas,
  yamlPane,
  problems,
  designer,
  toolbar,
}) => {
  const line = await designer.lineOf(FILE, 'protocol: HTTP');
  await yamlPane.goToEndOf(line);
  await yamlPane.type('X');
  await expect(problems.withCode('schema-enum')).toHaveCount(1);
  await yamlPane.goTo(line, 17);
  await yamlPane.quickFix('Change protocol to HTTP');
  await expect.poll(() => designer.fileText(FILE)).toContain('    protocol: HTTP\n');
  await expectNoErrorsOrWarnings(problems);
  await expect(canvas.badge(GATEWAY)).toHaveCount(0);
  await toolbar.undo();
  await expect.poll(() => designer.fileText(FILE)).toContain('    protocol: HTTPX\n');
});

test('a backend in another namespace needs a ReferenceGrant, which the quick fix adds', async ({
  page,
  canvas,
  yamlPane,
  problems,
  designer,
  toolbar,
}, testInfo) => {
  const [parentEdge] = await designer.edgeIds('parent-ref');
  // Move the catalog Service to billing: the route's backend is now missing from shop.
  await yamlPane.goToEndOf((await designer.lineOf(FILE, 'name: catalog')) + 1);
  for (let i = 0; i < 'shop'.length; i++) await page.keyboard.press('Backspace');
  await yamlPane.type('billing');
  await expect(problems.withCode('backend-not-found')).toHaveAttribute('data-severity', 'warning');
  await expect(canvas.badge(ROUTE)).toHaveAttribute('data-severity', 'warning');
  await problems.missingAsError.check();
  await expect(problems.withCode('backend-not-found')).toHaveAttribute('data-severity', 'error');
  await expect(canvas.badge(ROUTE)).toHaveAttribute('data-severity', 'error');
  await problems.missingAsError.uncheck();

  // Point the backendRef at billing: a cross-namespace reference no ReferenceGrant allows.
  const backendLine = await designer.lineOf(FILE, '- name: catalog');
  // Ctrl+Enter opens a line below (plain Enter may accept an open completion instead).
  await yamlPane.goToEndOf(backendLine);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText('      namespace: billing');
  await expect(problems.withCode('ref-not-permitted')).toHaveCount(1);
  await expect(yamlPane.errorSquiggles().first()).toBeVisible();
  await expect(canvas.badge(ROUTE)).toHaveAttribute('data-severity', 'error');
  await expect(canvas.edgeStatus(parentEdge!)).toHaveAttribute('title', /RefNotPermitted/);
  await expect(canvas.edgeStatus(parentEdge!)).toHaveAttribute('data-health', 'failed');
  await snapshot(page, testInfo, 'ref-not-permitted');

  await yamlPane.goTo(backendLine, 9);
  await yamlPane.quickFix('Add a ReferenceGrant in billing');
  await expect.poll(() => designer.fileText(FILE)).toContain('kind: ReferenceGrant');
  await expectNoErrorsOrWarnings(problems);
  await expect(canvas.badge(ROUTE)).toHaveCount(0);
  await expect(canvas.edgeStatus(parentEdge!)).toHaveAttribute('data-health', 'ok');
  await expect(yamlPane.errorSquiggles()).toHaveCount(0);
  await snapshot(page, testInfo, 'reference-grant-added');

  await toolbar.undo();
  await expect.poll(() => designer.fileText(FILE)).not.toContain('kind: ReferenceGrant');
  await expect(problems.withCode('ref-not-permitted')).toHaveCount(1);
});

test('an experimental field is flagged on the standard channel until the design targets experimental', async ({
  page,
  yamlPane,
  problems,
  designer,
}, testInfo) => {
  await expectNoErrorsOrWarnings(problems);
  await expect(problems.gatewayApi).toHaveValue('v1.6-standard');
  // Give the shop-api route's last rule a session persistence (an experimental-channel field).
  await yamlPane.goToEndOf(await designer.lineOf(FILE, 'value: /api/catalog'));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText('    sessionPersistence: {type: Cookie, cookie: {name: s}}');
  await expect(problems.withCode('schema-channel-field')).toHaveCount(1);
  await expect(problems.withCode('schema-channel-field')).toContainText(
    'is not in Gateway API v1.6 standard',
  );
  await snapshot(page, testInfo, 'experimental-field-on-standard');

  await problems.gatewayApi.selectOption('v1.6-experimental');
  await expect(problems.withCode('schema-channel-field')).toHaveCount(0);
  await expectNoErrorsOrWarnings(problems);
  await problems.gatewayApi.selectOption('v1.4-standard');
  await expect(problems.withCode('schema-channel-field')).toHaveCount(1);
});
