import type { Locator, Page } from '@playwright/test';
import { expect, openEmptyDesigner, snapshot, test } from './fixtures.ts';

/**
 * The two jobs of issue 10, done as a newcomer would with the mouse and the inspector only (no
 * YAML typed), counting actions: one click, one drag, one field entry (typing a value and Enter,
 * or choosing an entry of a select). Each action must do what it is for the first time: the
 * check after it waits for what the person would then see.
 */
class Actions {
  count = 0;
  constructor(private readonly page: Page) {}

  async drag(from: Locator, to: Locator, position?: { x: number; y: number }): Promise<void> {
    this.count++;
    await from.dragTo(to, position ? { targetPosition: position } : undefined);
  }

  async click(target: Locator): Promise<void> {
    this.count++;
    await target.click();
  }

  async enter(input: Locator, value: string): Promise<void> {
    this.count++;
    await input.fill(value);
    await input.press('Enter');
  }

  async choose(select: Locator, label: string): Promise<void> {
    this.count++;
    await select.selectOption({ label });
  }

  /** A point of the canvas, at fractions of its size. */
  async at(fx: number, fy: number): Promise<{ x: number; y: number }> {
    const box = await this.page.getByTestId('canvas').boundingBox();
    if (!box) throw new Error('canvas not visible');
    return { x: box.width * fx, y: box.height * fy };
  }
}

const FILE = 'gateway-api-basic.yaml';
const keyOf = (kind: string, name: string) => {
  const group = kind.startsWith('istio.')
    ? 'networking.istio.io'
    : kind === 'Service'
      ? ''
      : 'gateway.networking.k8s.io';
  return `${group}/${kind.replace('istio.', '')}/default/${name}`;
};

test.use({ viewport: { width: 1440, height: 900 } });

test('the Gateway API canary: Gateway, HTTPRoute for one host and path, two Services at 90/10', async ({
  page,
  palette,
  inspector,
  canvas,
  yamlPane,
  designer,
}, testInfo) => {
  await openEmptyDesigner(page, yamlPane, 'gateway-api-basic');
  const act = new Actions(page);
  const GATEWAY = keyOf('Gateway', 'gateway-1');
  const ROUTE = keyOf('HTTPRoute', 'http-route-1');

  await act.drag(palette.item('Gateway'), page.getByTestId('canvas'), await act.at(0.2, 0.3));
  await expect(canvas.node(GATEWAY)).toBeVisible();
  // The route dropped on the Gateway's listener is attached to that listener.
  await act.drag(
    palette.item('HTTPRoute'),
    page.getByTestId(`canvas.row.${GATEWAY}#listener/http`),
  );
  await expect(inspector.panel.getByTestId('inspector.parent')).toHaveText(/gateway-1 · http/);
  await act.enter(inspector.field('hostnames'), 'shop.example.com');
  await expect(canvas.node(ROUTE)).toContainText('shop.example.com');
  // A new rule has a path match ready to edit.
  await act.enter(inspector.field('pathValue'), '/shop');
  await expect(canvas.node(ROUTE)).toContainText('/shop');
  await act.choose(inspector.panel.getByTestId('inspector.addBackend'), 'New Service');
  await expect(inspector.panel.getByTestId('inspector.backend')).toHaveCount(1);
  await act.choose(inspector.panel.getByTestId('inspector.addBackend'), 'New Service');
  // The second backend makes the split visible (50/50); setting 90 leaves 10 to the other.
  await expect(inspector.weights).toHaveCount(2);
  await expect(inspector.weights.nth(1)).toHaveValue('50');
  await act.enter(inspector.weights.nth(0), '90');
  await expect(inspector.weights.nth(1)).toHaveValue('10');
  await snapshot(page, testInfo, 'canary-done');

  testInfo.annotations.push({ type: 'actions', description: String(act.count) });
  expect(act.count).toBeLessThanOrEqual(12);
  const text = await designer.fileText(FILE);
  expect(text).toContain(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: http-route-1
spec:
  parentRefs:
  - name: gateway-1
    sectionName: http
  hostnames:
  - shop.example.com
  rules:
  - matches:
    - path:
        type: PathPrefix
        value: /shop
    backendRefs:
    - name: service-1
      port: 80
      weight: 90
    - name: service-2
      port: 80
      weight: 10
`);
  expect(text.match(/^kind: Service$/gm)).toHaveLength(2);
  await expect(page.getByTestId('problems.item').filter({ hasText: 'service-' })).toHaveCount(0);
});

test('the Istio split by subsets: Gateway, VirtualService, DestinationRule with two subsets, 80/20', async ({
  page,
  palette,
  inspector,
  canvas,
  yamlPane,
  designer,
}, testInfo) => {
  await openEmptyDesigner(page, yamlPane, 'gateway-api-basic');
  const act = new Actions(page);
  const GATEWAY = keyOf('istio.Gateway', 'gateway-1');
  const VS = keyOf('istio.VirtualService', 'virtual-service-1');
  const DR = keyOf('istio.DestinationRule', 'destination-rule-1');

  await act.drag(palette.item('Service'), page.getByTestId('canvas'), await act.at(0.8, 0.4));
  await act.drag(
    palette.item('istio.Gateway'),
    page.getByTestId('canvas'),
    await act.at(0.15, 0.3),
  );
  await expect(canvas.node(GATEWAY)).toBeVisible();
  // Dropped on the Gateway, the VirtualService is bound to it; it routes to the Service.
  await act.drag(palette.item('istio.VirtualService'), canvas.node(GATEWAY));
  await expect(inspector.field('gateways')).toHaveValue('gateway-1');
  await act.enter(inspector.field('hosts'), 'shop.example.com');
  await expect(canvas.node(VS)).toContainText('shop.example.com');
  // A new DestinationRule takes the Service as its host and has subsets v1 and v2.
  await act.drag(
    palette.item('istio.DestinationRule'),
    page.getByTestId('canvas'),
    await act.at(0.5, 0.75),
  );
  await expect(canvas.node(DR)).toContainText('v2');
  await act.click(canvas.node(VS).locator('.rs-node__name'));
  await act.choose(inspector.field('destinationSubset').first(), 'v1');
  await expect(inspector.field('destinationSubset').first()).toHaveValue('v1');
  await act.choose(
    inspector.panel.getByTestId('inspector.addDestination'),
    'service-1 · subset v2',
  );
  await expect(inspector.weights).toHaveCount(2);
  await act.enter(inspector.weights.nth(0), '80');
  await expect(inspector.weights.nth(1)).toHaveValue('20');
  await snapshot(page, testInfo, 'istio-split-done');

  testInfo.annotations.push({ type: 'actions', description: String(act.count) });
  expect(act.count).toBeLessThanOrEqual(12);
  const text = await designer.fileText(FILE);
  expect(text).toContain(`spec:
  hosts:
  - shop.example.com
  gateways:
  - gateway-1
  http:
  - match:
    - uri:
        prefix: /
    route:
    - destination:
        host: service-1
        subset: v1
      weight: 80
    - destination:
        host: service-1
        subset: v2
      weight: 20
`);
  expect(text).toContain(`spec:
  host: service-1
  subsets:
  - name: v1
    labels:
      version: v1
  - name: v2
    labels:
      version: v2
`);
  await expect(page.getByTestId('problems.item').filter({ hasText: 'subset' })).toHaveCount(0);
});
