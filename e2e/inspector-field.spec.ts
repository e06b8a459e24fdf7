import { expect, openDesigner, snapshot, test } from './fixtures.ts';

const FILE = 'gateway-api-basic.yaml';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/shop-api';

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page, yamlPane, canvas }) => {
  await openDesigner(page, yamlPane, 'gateway-api-basic');
  await canvas.fit();
});

test('undo inside a field commits it first and undoes in the one history', async ({
  canvas,
  inspector,
  toolbar,
  designer,
}) => {
  await canvas.select(ROUTE);
  const hostnames = inspector.field('hostnames');
  const before = await designer.fileText(FILE);

  // Typed but not committed: Ctrl+Z commits it, then undoes that commit.
  await hostnames.fill('www.example.com');
  await hostnames.press('Control+z');
  await expect(hostnames).toHaveValue('shop.example.com');
  expect(await designer.fileText(FILE)).toBe(before);
  await expect(toolbar.redoButton).toBeEnabled();
  // Redo from the field brings the typed value back, in the YAML and the field.
  await hostnames.press('Control+Shift+z');
  await expect(hostnames).toHaveValue('www.example.com');
  await expect.poll(() => designer.fileText(FILE)).toContain('- "www.example.com"');

  // Nothing typed: Ctrl+Z undoes the last step, and the field follows the YAML.
  await hostnames.press('Control+z');
  await expect(hostnames).toHaveValue('shop.example.com');
  expect(await designer.fileText(FILE)).toBe(before);

  // An invalid draft is dropped by Ctrl+Z: the field shows the YAML's value again.
  await hostnames.fill('not a host!');
  await hostnames.press('Enter');
  await expect(inspector.panel.getByTestId('inspector.error')).toBeVisible();
  await hostnames.press('Control+z');
  await expect(hostnames).toHaveValue('shop.example.com');
  await expect(inspector.panel.getByTestId('inspector.error')).toHaveCount(0);
  expect(await designer.fileText(FILE)).toBe(before);

  // The toolbar's Undo with a draft pending: leaving the field commits it first, so Undo takes
  // back the draft, not the step before it.
  await inspector.set(hostnames, 'www.example.com');
  const committed = await designer.fileText(FILE);
  await hostnames.fill('api.example.com');
  await toolbar.undo();
  await expect(hostnames).toHaveValue('www.example.com');
  expect(await designer.fileText(FILE)).toBe(committed);
  await toolbar.redo();
  await expect(hostnames).toHaveValue('api.example.com');
});

test('the inspector resizes by its edge, keeps its width, and scrolls below a palette in view', async ({
  page,
  canvas,
  palette,
  inspector,
}, testInfo) => {
  const column = page.locator('.side-column');
  const width = () => column.evaluate((el) => el.getBoundingClientRect().width);
  const start = await width();
  const handle = page.getByTestId('inspector.resize');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 220, { steps: 8 });
  await page.mouse.up();
  await expect.poll(width).toBeGreaterThan(start + 100);
  const resized = await width();
  // The width is view state: selecting other objects keeps it.
  await canvas.select(ROUTE);
  await canvas.select('gateway.networking.k8s.io/Gateway/infra/edge');
  expect(await width()).toBe(resized);

  // A long inspector (a route's rules) scrolls on its own; the palette stays in view.
  await canvas.select(ROUTE);
  await inspector.panel.hover();
  await page.mouse.wheel(0, 4000);
  await expect(inspector.panel.getByTestId('inspector.addRule')).toBeInViewport();
  await expect(palette.item('HTTPRoute')).toBeInViewport();
  await expect(palette.item('Namespace')).toBeInViewport();
  await snapshot(page, testInfo, 'inspector-wide-scrolled');

  // Nothing in the inspector is cut off: no control is wider than the panel, and every
  // select is wide enough for its chosen entry.
  const cut = await inspector.panel.evaluate((panel) => {
    const out: string[] = [];
    const limit = panel.getBoundingClientRect().right;
    for (const el of panel.querySelectorAll<HTMLElement>('input, select, button'))
      if (el.getBoundingClientRect().right > limit + 1) out.push(`${el.dataset.testid} overflows`);
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    document.body.append(probe);
    for (const select of panel.querySelectorAll('select')) {
      probe.style.font = getComputedStyle(select).font;
      probe.textContent = select.selectedOptions[0]?.textContent ?? '';
      // Room for the text and the arrow (about 20 px) inside the select's padding box.
      if (probe.offsetWidth + 20 > select.clientWidth)
        out.push(`${select.dataset.testid}: "${probe.textContent}" in ${select.clientWidth}px`);
    }
    probe.remove();
    return out;
  });
  expect(cut).toEqual([]);
});

test('at the default width, no select in a route, a Gateway or a VirtualService is cut off', async ({
  page,
  canvas,
  inspector,
  yamlPane,
}) => {
  const cutSelects = () =>
    inspector.panel.evaluate((panel) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
      document.body.append(probe);
      const out: string[] = [];
      for (const select of panel.querySelectorAll('select')) {
        probe.style.font = getComputedStyle(select).font;
        probe.textContent = select.selectedOptions[0]?.textContent ?? '';
        if (probe.offsetWidth + 20 > select.clientWidth)
          out.push(`${select.dataset.testid}: "${probe.textContent}" in ${select.clientWidth}px`);
      }
      probe.remove();
      return out;
    });
  await canvas.select(ROUTE);
  expect(await cutSelects()).toEqual([]);
  await canvas.select('gateway.networking.k8s.io/Gateway/infra/edge');
  expect(await cutSelects()).toEqual([]);
  await openDesigner(page, yamlPane, 'istio-canary');
  await yamlPane.goTo(1);
  await expect(inspector.panel.getByTestId('inspector.destination')).toHaveCount(2);
  expect(await cutSelects()).toEqual([]);
});
