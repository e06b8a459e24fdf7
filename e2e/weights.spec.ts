import type { Locator, Page } from '@playwright/test';
import { expect, openDesigner, snapshot, test } from './fixtures.ts';

const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/checkout';
const FILE = 'canary.yaml';

test.use({ viewport: { width: 1440, height: 900 } });

/** The weights written in the file, in order. */
async function writtenWeights(page: Page): Promise<number[]> {
  const text = await page.evaluate(
    (name) =>
      window.__routeStudio?.getState().design.files.find((f) => f.name === name)?.text ?? '',
    FILE,
  );
  return [...text.matchAll(/^\s*weight: (\d+)/gm)].map((m) => Number(m[1]));
}

/** Drags a range slider's thumb with the mouse to `percent` of its track. */
async function dragSlider(page: Page, slider: Locator, percent: number): Promise<void> {
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('slider not visible');
  // Chromium's thumb is about 16 px wide: its centre runs from 8 px in to 8 px before the end.
  const at = (p: number) => box.x + 8 + ((box.width - 16) * p) / 100;
  const y = box.y + box.height / 2;
  await page.mouse.move(at(Number(await slider.inputValue())), y);
  await page.mouse.down();
  await page.mouse.move(at(percent), y, { steps: 12 });
  await page.mouse.up();
}

test('the canary shows 90 % / 10 % on the canvas and in the inspector', async ({
  page,
  canvas,
  yamlPane,
  inspector,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'canary');
  await expect(page.getByTestId('canvas.edge-label')).toHaveText(['90%', '10%']);
  await canvas.select(ROUTE);
  await expect(inspector.panel.getByText('Weight (90%)')).toBeVisible();
  await expect(inspector.panel.getByText('Weight (10%)')).toBeVisible();
  const sliders = inspector.panel.getByTestId('route.weight-slider');
  await expect(sliders.nth(0)).toHaveValue('90');
  await expect(sliders.nth(1)).toHaveValue('10');
  await snapshot(page, testInfo, 'canary');
});

test('dragging a share slider rewrites the weights and the edge labels; one undo restores both', async ({
  page,
  canvas,
  yamlPane,
  inspector,
  toolbar,
}) => {
  await openDesigner(page, yamlPane, 'canary');
  await canvas.select(ROUTE);
  await expect(toolbar.undoButton).toBeDisabled();
  const canary = inspector.panel.getByTestId('route.weight-slider').nth(1);
  await dragSlider(page, canary, 40);

  const [stable, moved] = await writtenWeights(page);
  expect(moved).toBeGreaterThan(30);
  expect(stable! + moved!).toBe(100);
  await expect(page.getByTestId('canvas.edge-label')).toHaveText([`${stable}%`, `${moved}%`]);
  await expect(inspector.weights.nth(1)).toHaveValue(String(moved));

  // The whole drag, every step of it, is one undo step.
  await toolbar.undo();
  expect(await writtenWeights(page)).toEqual([90, 10]);
  await expect(page.getByTestId('canvas.edge-label')).toHaveText(['90%', '10%']);
  await expect(toolbar.undoButton).toBeDisabled();

  // The keyboard moves a slider too, one point per arrow key.
  await canary.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await writtenWeights(page)).toEqual([88, 12]);
  await expect(page.getByTestId('canvas.edge-label')).toHaveText(['88%', '12%']);
});

test('a locked backend keeps its share while another slider moves; split evenly', async ({
  page,
  canvas,
  yamlPane,
  inspector,
}, testInfo) => {
  await openDesigner(page, yamlPane, 'canary');
  await canvas.select(ROUTE);
  await inspector.choose(inspector.panel.getByTestId('inspector.addBackend'), 'New Service');
  const sliders = inspector.panel.getByTestId('route.weight-slider');
  await expect(sliders).toHaveCount(3);
  expect(await writtenWeights(page)).toEqual([90, 10, 0]);

  const locks = inspector.panel.getByTestId('route.weight-lock');
  await locks.nth(1).click();
  await expect(locks.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(sliders.nth(1)).toBeDisabled();
  await dragSlider(page, sliders.nth(0), 50);
  const [stable, canary, added] = await writtenWeights(page);
  expect(canary).toBe(10);
  expect(stable).toBeLessThan(70);
  expect(stable! + added!).toBe(90);
  await snapshot(page, testInfo, 'locked');

  // Evenly over the unlocked backends: the locked one keeps its 10.
  await inspector.panel.getByTestId('route.split-evenly').click();
  expect(await writtenWeights(page)).toEqual([45, 10, 45]);
  await locks.nth(1).click();
  await inspector.panel.getByTestId('route.split-evenly').click();
  expect(await writtenWeights(page)).toEqual([34, 33, 33]);
  await expect(page.getByTestId('canvas.edge-label')).toHaveText(['34%', '33%', '33%']);
});

test('the rollout slider moves traffic from the old backend to the new one', async ({
  page,
  canvas,
  yamlPane,
  inspector,
}) => {
  await openDesigner(page, yamlPane, 'canary');
  await canvas.select(ROUTE);
  const rollout = inspector.panel.getByTestId('route.rollout');
  await expect(rollout).toHaveValue('10');
  await dragSlider(page, rollout, 100);
  expect(await writtenWeights(page)).toEqual([0, 100]);
  await expect(page.getByTestId('canvas.edge-label')).toHaveText(['0%', '100%']);
});
