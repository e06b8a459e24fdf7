import { expect, openDesigner, snapshot, test } from './fixtures.ts';

const FILE = 'gateway-api.yaml';
const GATEWAY = 'gateway.networking.k8s.io/Gateway/infra/edge';

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page, yamlPane, canvas }) => {
  await openDesigner(page, yamlPane, 'overview');
  await canvas.fit();
});

test('a listener: rename (routes follow), protocol with TLS and certificate, allowed routes', async ({
  page,
  canvas,
  inspector,
  designer,
}, testInfo) => {
  await canvas.select(GATEWAY);
  const listeners = inspector.panel.getByTestId('inspector.listener');
  await expect(listeners).toHaveCount(2);

  // Renaming the https listener takes the checkout route's sectionName along.
  await inspector.set(listeners.nth(1).getByTestId('inspector.field.listenerName'), 'secure');
  await expect.poll(() => designer.fileText(FILE)).toContain('sectionName: secure');
  expect(await designer.fileText(FILE)).not.toContain('sectionName: https');
  // A name another listener has is refused under the field; Escape takes the draft back.
  const name = listeners.nth(1).getByTestId('inspector.field.listenerName');
  await inspector.set(name, 'http');
  await expect(listeners.nth(1).getByTestId('inspector.error')).toContainText('already has');
  await name.press('Escape');
  await expect(name).toHaveValue('secure');
  await expect(listeners.nth(1).getByTestId('inspector.error')).toHaveCount(0);

  // A new listener made HTTPS gets port 443 and TLS with the namespace's certificate.
  await inspector.panel.getByTestId('inspector.addListener').click();
  const added = listeners.nth(2);
  await added.getByTestId('inspector.field.protocol').selectOption('HTTPS');
  await expect(added.getByTestId('inspector.field.port')).toHaveValue('443');
  await expect(added.getByTestId('inspector.field.certificate')).toHaveValue('shop-cert');
  await inspector.set(added.getByTestId('inspector.field.certificate'), 'api-cert');
  await inspector.set(added.getByTestId('inspector.field.hostname'), 'api.example.com');
  // Routes from namespaces whose labels match; HTTPRoutes only.
  await added.getByTestId('inspector.field.allowedFrom').selectOption('Selector');
  await inspector.set(added.getByTestId('inspector.field.allowedSelector'), 'team=api');
  await added.getByTestId('inspector.field.allowedKind.HTTPRoute').check();
  await snapshot(page, testInfo, 'listener-edited');

  await expect.poll(() => designer.fileText(FILE)).toContain(`  - name: listener
    protocol: HTTPS
    port: 443
    hostname: api.example.com
    tls:
      mode: Terminate
      certificateRefs:
      - kind: Secret
        name: api-cert
    allowedRoutes:
      namespaces:
        from: Selector
        selector:
          matchLabels:
            team: api
      kinds:
      - group: gateway.networking.k8s.io
        kind: HTTPRoute
`);
  // The certificate picker offers the Secrets of the Gateway's namespace.
  await inspector.suggest(added.getByTestId('inspector.field.certificate'), 'shop-cert');
  await expect.poll(() => designer.fileText(FILE)).not.toContain('api-cert');

  // Back to HTTP: no tls, port 80.
  await added.getByTestId('inspector.field.protocol').selectOption('HTTP');
  await expect(added.getByTestId('inspector.listenerTls')).toHaveCount(0);
  await expect(added.getByTestId('inspector.field.port')).toHaveValue('80');
});

test('a Gateway takes a class of the design or a typed one; a GatewayClass a known controller', async ({
  page,
  canvas,
  inspector,
  yamlPane,
  designer,
}, testInfo) => {
  await canvas.select(GATEWAY);
  const className = inspector.field('gatewayClassName');
  await inspector.set(className, 'envoy');
  await expect.poll(() => designer.fileText(FILE)).toContain('gatewayClassName: envoy');
  await inspector.suggest(className, 'istio');
  await expect.poll(() => designer.fileText(FILE)).toContain('gatewayClassName: istio');

  // The GatewayClass, selected from its YAML: the controllers of common implementations.
  await yamlPane.goTo(await designer.lineOf(FILE, 'kind: GatewayClass'));
  const controller = inspector.field('controllerName');
  await expect(controller).toHaveValue('istio.io/gateway-controller');
  await page.getByTestId('inspector.field.controllerName.suggest').click();
  const options = inspector.panel.getByTestId('inspector.field.controllerName.option');
  for (const name of [
    'Envoy Gateway',
    'Cilium',
    'NGINX Gateway Fabric',
    'Kong',
    'Traefik',
    'GKE',
    'kgateway',
  ])
    await expect(options.filter({ hasText: name }).first()).toBeVisible();
  await snapshot(page, testInfo, 'controllers');
  await options.filter({ hasText: 'Envoy Gateway' }).click();
  await expect
    .poll(() => designer.fileText(FILE))
    .toContain('controllerName: gateway.envoyproxy.io/gatewayclass-controller');
  await inspector.set(controller, 'not a path');
  await expect(inspector.panel.getByTestId('inspector.error')).toContainText('domain-prefixed');
});

test('a Service: a port changed takes the backendRefs along; the selector', async ({
  canvas,
  inspector,
  designer,
}) => {
  await canvas.select('/Service/shop/cart');
  await inspector.set(inspector.field('servicePort'), '9090');
  await expect.poll(() => designer.fileText(FILE)).toContain('- name: cart\n      port: 9090');
  await inspector.set(inspector.field('selector'), 'app=cart, tier=web');
  await expect
    .poll(() => designer.fileText(FILE))
    .toContain(
      '  name: cart\n  namespace: shop\nspec:\n  selector:\n    app: cart\n    tier: web\n',
    );
  await inspector.panel.getByTestId('inspector.addServicePort').click();
  await expect(inspector.panel.getByTestId('inspector.servicePort')).toHaveCount(2);
  await expect
    .poll(() => designer.fileText(FILE))
    .toContain('  - name: port-8080\n    port: 8080\n');
});
