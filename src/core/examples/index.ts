import { moreGatewayApiExamples } from './gateway-api-more.ts';
import { gatewayApiExamples, gatewayApiParts } from './gateway-api.ts';
import { moreIstioExamples } from './istio-more.ts';
import { istioExamples, istioParts } from './istio.ts';
import { generateLargeDesign } from './large.ts';
import { documents, service, type Example } from './types.ts';

export type { Example, ExampleSection, Pattern } from './types.ts';

/** The design the app opens by default: both families side by side, each with its routing. */
const overview: Example = {
  id: 'overview',
  title: 'Overview: Gateway API and Istio side by side',
  description:
    'An edge Gateway with HTTP and HTTPS listeners, path routes and a weighted canary; and an Istio ingress with a VirtualService and versioned subsets.',
  section: 'overview',
  patterns: [],
  files: [
    {
      name: 'gateway-api.yaml',
      text: documents(
        gatewayApiParts.GATEWAY_CLASS,
        gatewayApiParts.EDGE_GATEWAY,
        gatewayApiParts.SHOP_CERT,
        gatewayApiParts.SHOP_NAMESPACE,
        gatewayApiParts.PATH_ROUTES,
        `# Canary: shift traffic to checkout v2 by changing the weights
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: checkout
  namespace: shop
spec:
  parentRefs:
  - name: edge
    namespace: infra
    sectionName: https
  hostnames:
  - "shop.example.com"
  rules:
  - matches:
    - path:
        type: PathPrefix
        value: /checkout
    backendRefs:
    - name: checkout-v1
      port: 8080
      weight: 90
    - name: checkout-v2
      port: 8080
      weight: 10`,
        service('cart', 'shop'),
        service('catalog', 'shop'),
        service('checkout-v1', 'shop'),
        service('checkout-v2', 'shop'),
      ),
    },
    {
      name: 'istio.yaml',
      text: documents(
        istioParts.INGRESS,
        istioParts.TRAVEL_ROUTES,
        service('flights', 'travel'),
        service('hotels', 'travel'),
        service('frontpage', 'travel', 80),
      ),
    },
  ],
};

const generated = new Map<number, Example['files']>();

/** A generated design of `routes` routes over 4 gateways: made on first use, then kept. */
function generatedFiles(routes: number): Example['files'] {
  let files = generated.get(routes);
  if (!files) {
    files = [{ name: 'large.yaml', text: generateLargeDesign({ routes, gateways: 4 }) }];
    generated.set(routes, files);
  }
  return files;
}

const large: Example = {
  id: 'large',
  title: 'Large: 200 routes over 4 gateways',
  description: 'A generated design for trying the canvas and the editor at scale.',
  section: 'scale',
  patterns: [],
  get files() {
    return generatedFiles(200);
  },
};

/** The size the benches measure (`npm run bench`, `npm run bench:ui`). */
const large1000: Example = {
  id: 'large-1000',
  title: 'Large: 1,000 routes over 4 gateways',
  description: 'The generated design the benches measure: the canvas and the editor at full scale.',
  section: 'scale',
  patterns: [],
  get files() {
    return generatedFiles(1000);
  },
};

/** Every example, in the order the template gallery lists them. */
export const EXAMPLES: readonly Example[] = [
  overview,
  ...gatewayApiExamples,
  ...moreGatewayApiExamples,
  ...istioExamples,
  ...moreIstioExamples,
  large,
  large1000,
];

/** The example `npm start` opens. */
export const DEFAULT_EXAMPLE_ID = overview.id;

export function findExample(id: string | null | undefined): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
