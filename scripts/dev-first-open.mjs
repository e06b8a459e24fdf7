// Checks the first open of `npm start` on a fresh clone: with Vite's dependency cache deleted,
// starts the dev server, opens the page in Chromium and reports when the loading state painted,
// when the editor appeared and how often the page navigated (a reload shows as a second one).
// Run: node scripts/dev-first-open.mjs [port]. Exits 1 when the page reloaded itself.
import { rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';

const port = Number(process.argv[2] ?? 4203);
rmSync('node_modules/.vite', { recursive: true, force: true });
const server = await createServer({
  logLevel: 'info',
  server: { port, strictPort: true, host: '127.0.0.1' },
});
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const navigations = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(Math.round(globalThis.performance.now()));
  });
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
  await page.getByTestId('app.loading').waitFor({ timeout: 60_000 });
  const firstPaint = await page.evaluate(
    () => globalThis.performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  );
  await page.locator('[data-testid="yaml.editor"] .view-lines').waitFor({ timeout: 180_000 });
  const editor = await page.evaluate(() => globalThis.performance.now());
  // Late dependency discoveries reload a few seconds after the editor shows.
  await page.waitForTimeout(10_000);
  console.log(
    `first paint (loading state) ${Math.round(firstPaint ?? NaN)} ms; editor ${Math.round(editor)} ms; ` +
      `navigations: ${navigations.length}`,
  );
  process.exitCode = navigations.length === 1 ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
