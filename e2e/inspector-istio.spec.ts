import { expect, openDesigner, snapshot, test } from './fixtures.ts';

test.use({ viewport: { width: 1440, height: 900 } });

test('VirtualService destinations: subsets from the DestinationRule, route to a subset, remove, split', async ({
  page,
  inspector,
  yamlPane,
  designer,
}, testInfo) => {
  const FILE = 'istio-canary.yaml';
  await openDesigner(page, yamlPane, 'istio-canary');
  await yamlPane.goTo(await designer.lineOf(FILE, 'kind: VirtualService'));
  const destinations = inspector.panel.getByTestId('inspector.destination');
  await expect(destinations).toHaveCount(2);

  // The subset picker offers what the DestinationRule of the host defines.
  const subset = destinations.nth(1).getByTestId('inspector.field.destinationSubset');
  await expect(subset.locator('option')).toHaveText(['—', 'stable', 'canary', 'shadow']);
  await subset.selectOption('shadow');
  await expect.poll(() => designer.fileText(FILE)).toContain('subset: shadow\n      weight: 10');

  // Remove the second destination; route to the canary subset again from the picker.
  await destinations.nth(1).getByRole('button', { name: 'Remove destination' }).click();
  await expect(destinations).toHaveCount(1);
  await inspector.choose(
    inspector.panel.getByTestId('inspector.addDestination'),
    'fares · subset canary',
  );
  await expect(destinations).toHaveCount(2);
  // The second destination makes the split visible; a weight set leaves the rest to the other.
  await expect(inspector.weights.nth(0)).toHaveValue('50');
  await inspector.set(inspector.weights.nth(1), '30');
  await expect(inspector.weights.nth(0)).toHaveValue('70');
  await snapshot(page, testInfo, 'destinations');
  await expect.poll(() => designer.fileText(FILE)).toContain(`  - route:
    - destination:
        host: fares
        subset: stable
      weight: 70
    - destination:
        host: fares
        subset: canary
      weight: 30
`);

  // Routing to a subset it already routes to is refused with the reason.
  await inspector.choose(
    inspector.panel.getByTestId('inspector.addDestination'),
    'fares · subset canary',
  );
  await expect(inspector.panel.getByTestId('inspector.message')).toContainText('already connected');
});

test('DestinationRule: traffic policy basics, subsets added and renamed (destinations follow)', async ({
  page,
  inspector,
  yamlPane,
  designer,
}, testInfo) => {
  const FILE = 'istio-canary.yaml';
  await openDesigner(page, yamlPane, 'istio-canary');
  await yamlPane.goTo(await designer.lineOf(FILE, 'kind: DestinationRule'));
  await inspector.field('drTlsMode').selectOption('ISTIO_MUTUAL');
  await inspector.field('loadBalancer').selectOption('LEAST_REQUEST');
  await expect.poll(() => designer.fileText(FILE)).toContain(`spec:
  host: fares
  trafficPolicy:
    loadBalancer:
      simple: LEAST_REQUEST
    tls:
      mode: ISTIO_MUTUAL
  subsets:
`);
  await inspector.field('drTlsMode').selectOption('');
  await inspector.field('loadBalancer').selectOption('');
  await expect.poll(() => designer.fileText(FILE)).not.toContain('trafficPolicy');

  await inspector.set(inspector.field('subsetName').nth(1), 'preview');
  await expect
    .poll(() => designer.fileText(FILE))
    .toContain('host: fares\n        subset: preview');
  expect(await designer.fileText(FILE)).not.toContain('canary');
  await inspector.panel.getByTestId('inspector.addSubset').click();
  await expect(inspector.field('subsetName')).toHaveCount(4);
  await expect(inspector.field('subsetName').nth(3)).toHaveValue('v1');
  await snapshot(page, testInfo, 'destination-rule');
});

test('Istio Gateway servers: port, protocol, hosts, TLS mode and the credential Secret', async ({
  page,
  canvas,
  palette,
  inspector,
  yamlPane,
  designer,
}, testInfo) => {
  const FILE = 'istio-gateway.yaml';
  await openDesigner(page, yamlPane, 'istio-gateway');
  await canvas.fit();
  // A Secret for the gateway's certificate, moved to the gateway's namespace.
  await palette.drop('Secret', 0.5, 0.85);
  await inspector.set(inspector.field('namespace'), 'istio-system');
  await expect.poll(() => designer.resourceKeys()).toContain('/Secret/istio-system/secret-1');

  await yamlPane.goTo(await designer.lineOf(FILE, 'kind: Gateway'));
  const servers = inspector.panel.getByTestId('inspector.server');
  await expect(servers).toHaveCount(2);
  const http = servers.nth(0);
  await http.getByTestId('inspector.field.httpsRedirect').uncheck();
  await expect.poll(() => designer.fileText(FILE)).not.toContain('httpsRedirect');
  await inspector.set(http.getByTestId('inspector.field.serverPort'), '8080');
  await http.getByTestId('inspector.field.serverProtocol').selectOption('HTTP2');
  await inspector.set(http.getByTestId('inspector.field.serverHosts'), 'travel.example.com');
  await expect.poll(() => designer.fileText(FILE)).toContain(`  - port:
      number: 8080
      name: http
      protocol: HTTP2
    hosts:
    - "travel.example.com"
  - port:`);

  const https = servers.nth(1);
  await https.getByTestId('inspector.field.serverTlsMode').selectOption('MUTUAL');
  // A server made HTTPS terminates TLS with a credential to fill in.
  await http.getByTestId('inspector.field.serverProtocol').selectOption('HTTPS');
  await expect(http.getByTestId('inspector.field.serverTlsMode')).toHaveValue('SIMPLE');
  await expect(http.getByTestId('inspector.field.credentialName')).toHaveValue('secret-1');
  await inspector.suggest(https.getByTestId('inspector.field.credentialName'), 'secret-1');
  await expect
    .poll(() => designer.fileText(FILE))
    .toContain('    tls:\n      mode: MUTUAL\n      credentialName: secret-1\n');
  await inspector.panel.getByTestId('inspector.addServer').click();
  await expect(servers).toHaveCount(3);
  await snapshot(page, testInfo, 'istio-gateway');
});
