import { expect, openEmptyDesigner, snapshot, test } from './fixtures.ts';

const FILE = 'gateway-api-basic.yaml';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/default/http-route-1';
const svc = (name: string) => `/Service/default/${name}`;

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page, yamlPane }) => {
  await openEmptyDesigner(page, yamlPane, 'gateway-api-basic');
});

test('new Services get names unique across the design; a selector follows the name until edited', async ({
  page,
  canvas,
  palette,
  inspector,
  designer,
}, testInfo) => {
  await palette.drop('HTTPRoute', 0.3, 0.3);
  // Dropped on the route's rule, each Service becomes one of its backends.
  for (const name of ['service-1', 'service-2']) {
    await palette.dropOn('Service', page.getByTestId(`canvas.row.${ROUTE}#rule/0`));
    await expect(canvas.node(svc(name))).toBeVisible();
  }
  await expect.poll(() => designer.edgeIds('backend')).toHaveLength(2);

  // service-2 deleted while the route still sends to it: its name is not handed out again.
  await canvas.select(svc('service-2'));
  await page.keyboard.press('Delete');
  await page.getByTestId('confirm.ok').click();
  await palette.drop('Service', 0.75, 0.7);
  await expect(canvas.node(svc('service-3'))).toBeVisible();

  // The selector follows a rename while it is the one the Service was made with…
  await inspector.set(inspector.field('name'), 'web');
  await canvas.fit();
  await canvas.select(svc('web'));
  await expect(inspector.field('selector')).toHaveValue('app=web');
  // …and stays as the person wrote it once edited.
  await inspector.set(inspector.field('selector'), 'app=web, track=stable');
  await inspector.set(inspector.field('name'), 'web-stable');
  await canvas.fit();
  await canvas.select(svc('web-stable'));
  await expect(inspector.field('selector')).toHaveValue('app=web, track=stable');
  await snapshot(page, testInfo, 'services');

  const text = await designer.fileText(FILE);
  expect(text).toContain(`kind: Service
metadata:
  name: web-stable
spec:
  selector:
    app: web
    track: stable
  ports:
`);
});

test('new objects and the keys added to them read in the usual order', async ({
  canvas,
  palette,
  inspector,
  designer,
}) => {
  await palette.drop('Gateway', 0.15, 0.3);
  await palette.drop('HTTPRoute', 0.45, 0.3);
  // Attached from the inspector and given a hostname: parentRefs, hostnames, then rules.
  await inspector.choose(
    inspector.panel.getByTestId('inspector.attachParent'),
    'Gateway gateway-1',
  );
  await inspector.set(inspector.field('hostnames'), 'shop.example.com');
  await expect.poll(() => designer.fileText(FILE))
    .toContain(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: http-route-1
spec:
  parentRefs:
  - name: gateway-1
  hostnames:
  - shop.example.com
  rules:
  - matches:
`);
  // Connected to the listener afterwards, the route narrows to it rather than attaching twice.
  await inspector.choose(
    inspector.panel.getByTestId('inspector.attachParent'),
    'Gateway gateway-1 · http',
  );
  await expect(inspector.panel.getByTestId('inspector.parent')).toHaveText(/gateway-1 · http/);

  await palette.drop('istio.VirtualService', 0.45, 0.7);
  await inspector.set(inspector.field('gateways'), 'mesh');
  await expect
    .poll(() => designer.fileText(FILE))
    .toMatch(
      /kind: VirtualService\nmetadata:\n {2}name: virtual-service-1\nspec:\n {2}hosts:\n {2}- backend\n {2}gateways:\n {2}- mesh\n {2}http:\n/,
    );
  await expect(
    canvas.node('networking.istio.io/VirtualService/default/virtual-service-1'),
  ).toBeVisible();
});

test('a DestinationRule dropped on a Service takes it as its host', async ({
  canvas,
  palette,
  designer,
}) => {
  await palette.drop('Service', 0.7, 0.3);
  await palette.drop('Service', 0.7, 0.6);
  await palette.dropOn('istio.DestinationRule', canvas.node(svc('service-2')));
  await expect(
    canvas.node('networking.istio.io/DestinationRule/default/destination-rule-1'),
  ).toBeVisible();
  await expect
    .poll(() => designer.fileText(FILE))
    .toContain('spec:\n  host: service-2\n  subsets:');
});
