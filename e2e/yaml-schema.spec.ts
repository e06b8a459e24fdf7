import type { Page } from '@playwright/test';
import { expect, openDesigner, test, type YamlPanePage } from './fixtures.ts';

const FILE = 'gateway-api-basic.yaml';

/** Types lines below the cursor, each at exactly the given indentation (not Monaco's auto-indent). */
async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const line of lines) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Home'); // selects the auto-indent, replaced by the line
    await page.keyboard.insertText(line);
  }
}

/**
 * Opens the suggestions (Ctrl+Space) until their labels pass `check`: the first request can
 * reach the worker before it has the latest text (then Monaco shows its word list instead).
 */
async function expectSuggestions(
  page: Page,
  yamlPane: YamlPanePage,
  check: (labels: string[]) => void,
): Promise<void> {
  const rows = yamlPane.editor.locator('.suggest-widget .monaco-list-row .label-name');
  await expect(async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Space');
    await expect(rows.first()).toBeVisible();
    check(await rows.allInnerTexts());
  }).toPass({ timeout: 15_000 });
}

test.beforeEach(async ({ page, yamlPane }) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
});

test('suggests the fields of an HTTPRoute from its schema', async ({ page, yamlPane }) => {
  // A new route, as the first document of the file: completion follows apiVersion + kind.
  await yamlPane.editor.locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.insertText('---');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.insertText('apiVersion: gateway.networking.k8s.io/v1');
  await typeLines(page, [
    'kind: HTTPRoute',
    'metadata:',
    '  name: orders',
    '  namespace: shop',
    'spec:',
    '  p',
  ]);
  await expectSuggestions(page, yamlPane, (labels) => expect(labels).toContain('parentRefs'));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('parentRefs:');
  await typeLines(page, ['  - name: edge', '  ']);

  await expectSuggestions(page, yamlPane, (labels) => {
    expect(labels).toEqual(expect.arrayContaining(['hostnames', 'rules']));
    // Fields already written are not offered again, and these are not the editor's word list.
    expect(labels).not.toContain('parentRefs');
    expect(labels).not.toContain('cart');
  });
  await page.keyboard.press('Escape');

  await page.keyboard.insertText('rules:');
  await typeLines(page, ['  - b']);
  await expectSuggestions(page, yamlPane, (labels) => expect(labels).toContain('backendRefs'));
});

test('hovering a Gateway listener field shows its description', async ({ page, yamlPane }) => {
  const line = yamlPane.editor.locator('.view-line', { hasText: 'protocol: HTTPS' });
  await line.locator('span span', { hasText: /^protocol$/ }).hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Protocol the listener speaks' });
  await expect(hover).toBeVisible({ timeout: 15_000 });
});

test('completes a listener protocol from its known values', async ({
  page,
  yamlPane,
  designer,
}) => {
  const line = await designer.lineOf(FILE, 'protocol: HTTP');
  await yamlPane.goToEndOf(line);
  for (let i = 0; i < 'HTTP'.length; i++) await page.keyboard.press('Backspace');
  await expectSuggestions(page, yamlPane, (labels) =>
    expect(labels).toEqual(expect.arrayContaining(['HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP'])),
  );
  await page.keyboard.type('HTTPS');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await designer.fileText(FILE)).split('\n')[line - 1]?.trim())
    .toBe('protocol: HTTPS');
});
