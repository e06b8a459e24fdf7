import { documents, service, type Example, type Pattern } from './types.ts';

const GATEWAY_CLASS = `# The implementation that runs our Gateways (installed with Istio)
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: istio
spec:
  controllerName: istio.io/gateway-controller`;

const EDGE_GATEWAY = `# One shared entry point: plain HTTP and TLS-terminated HTTPS
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
  namespace: infra
spec:
  gatewayClassName: istio
  listeners:
  - name: http
    port: 80
    protocol: HTTP
    hostname: "shop.example.com"
    allowedRoutes:
      namespaces:
        from: All
  - name: https
    port: 443
    protocol: HTTPS
    hostname: "shop.example.com"
    tls:
      mode: Terminate
      certificateRefs:
      - kind: Secret
        name: shop-cert
    allowedRoutes:
      namespaces:
        from: Selector
        selector:
          matchLabels:
            edge-access: "true"`;

const SHOP_CERT = `apiVersion: v1
kind: Secret
metadata:
  name: shop-cert
  namespace: infra
type: kubernetes.io/tls
data:
  tls.crt: ""
  tls.key: ""`;

/** The routes' namespace, labelled so the HTTPS listener's selector admits its routes. */
const SHOP_NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    edge-access: "true"`;

/** A Gateway in the route's own namespace, for the single-pattern examples. */
const LOCAL_GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: web
  namespace: shop
spec:
  gatewayClassName: istio
  listeners:
  - name: http
    port: 80
    protocol: HTTP`;

const PATH_ROUTES = `# Path routing: each API prefix goes to its own Service
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: shop-api
  namespace: shop
spec:
  parentRefs:
  - name: edge
    namespace: infra
  hostnames:
  - "shop.example.com"
  rules:
  - matches:
    - path:
        type: PathPrefix
        value: /api/cart
    backendRefs:
    - name: cart
      port: 8080
  - matches:
    - path:
        type: PathPrefix
        value: /api/catalog
    backendRefs:
    - name: catalog
      port: 8080`;

function pattern(
  id: string,
  title: string,
  description: string,
  patterns: readonly Pattern[],
  ...docs: string[]
): Example {
  return {
    id,
    title,
    description,
    section: 'gateway-api',
    patterns,
    files: [{ name: `${id}.yaml`, text: documents(GATEWAY_CLASS, LOCAL_GATEWAY, ...docs) }],
  };
}

export const gatewayApiExamples: readonly Example[] = [
  {
    id: 'gateway-api-basic',
    title: 'Gateway API: gateway and path routing',
    description: 'A GatewayClass, a Gateway with HTTP and HTTPS listeners, and path-based routes.',
    section: 'gateway-api',
    patterns: ['path'],
    files: [
      {
        name: 'gateway-api-basic.yaml',
        text: documents(
          GATEWAY_CLASS,
          EDGE_GATEWAY,
          SHOP_CERT,
          SHOP_NAMESPACE,
          PATH_ROUTES,
          service('cart', 'shop'),
          service('catalog', 'shop'),
        ),
      },
    ],
  },
  pattern(
    'canary',
    'Gateway API: canary by weight',
    'Sends 90% of requests to the stable version and 10% to the canary.',
    ['canary'],
    `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: checkout
  namespace: shop
spec:
  parentRefs:
  - name: web
  rules:
  - backendRefs:
    - name: checkout-stable
      port: 8080
      weight: 90
    - name: checkout-canary
      port: 8080
      weight: 10`,
    service('checkout-stable', 'shop'),
    service('checkout-canary', 'shop'),
  ),
  pattern(
    'ab-header',
    'Gateway API: A/B by header',
    'Requests carrying x-variant: b go to variant B; everything else stays on A.',
    ['header-ab'],
    `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: landing
  namespace: shop
spec:
  parentRefs:
  - name: web
  rules:
  - matches:
    - headers:
      - name: x-variant
        value: "b"
    backendRefs:
    - name: landing-b
      port: 8080
  - backendRefs:
    - name: landing-a
      port: 8080`,
    service('landing-a', 'shop'),
    service('landing-b', 'shop'),
  ),
  pattern(
    'mirroring',
    'Gateway API: traffic mirroring',
    'Serves from the live Service and copies every request to a shadow Service.',
    ['mirroring'],
    `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: search
  namespace: shop
spec:
  parentRefs:
  - name: web
  rules:
  - filters:
    - type: RequestMirror
      requestMirror:
        backendRef:
          name: search-shadow
          port: 8080
    backendRefs:
    - name: search-live
      port: 8080`,
    service('search-live', 'shop'),
    service('search-shadow', 'shop'),
  ),
  pattern(
    'timeouts-retries',
    'Gateway API: timeouts and retries',
    'A request timeout in the route, with retry settings as Istio annotations.',
    ['timeout-retry'],
    `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: payments
  namespace: shop
  annotations:
    retry.istio.io/attempts: "3"
    retry.istio.io/per-try-timeout: "2s"
spec:
  parentRefs:
  - name: web
  rules:
  - backendRefs:
    - name: payments
      port: 8080
    timeouts:
      request: 8s`,
    service('payments', 'shop'),
  ),
  {
    id: 'tls-termination',
    title: 'Gateway API: TLS termination',
    description: 'An HTTPS listener terminates TLS with a certificate Secret next to the Gateway.',
    section: 'gateway-api',
    patterns: [],
    files: [
      {
        name: 'tls-termination.yaml',
        text: documents(
          GATEWAY_CLASS,
          `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: secure
  namespace: shop
spec:
  gatewayClassName: istio
  listeners:
  - name: https
    port: 443
    protocol: HTTPS
    hostname: "secure.example.com"
    tls:
      mode: Terminate
      certificateRefs:
      - kind: Secret
        name: secure-cert`,
          SHOP_CERT.replace('shop-cert', 'secure-cert').replace('infra', 'shop'),
          `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: account
  namespace: shop
spec:
  parentRefs:
  - name: secure
    sectionName: https
  hostnames:
  - "secure.example.com"
  rules:
  - backendRefs:
    - name: account
      port: 8080`,
          service('account', 'shop'),
        ),
      },
    ],
  },
  {
    id: 'cross-namespace',
    title: 'Gateway API: cross-namespace with ReferenceGrant',
    description:
      'A route in the infra namespace sends traffic to a Service in billing, which a ReferenceGrant allows; the certificate lives in its own namespace too.',
    section: 'gateway-api',
    patterns: ['cross-namespace'],
    files: [
      {
        name: 'infra.yaml',
        text: documents(
          GATEWAY_CLASS,
          `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
  namespace: infra
spec:
  gatewayClassName: istio
  listeners:
  - name: https
    port: 443
    protocol: HTTPS
    tls:
      certificateRefs:
      - kind: Secret
        name: wildcard-cert
        namespace: certs`,
          `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: invoices
  namespace: infra
spec:
  parentRefs:
  - name: edge
  rules:
  - matches:
    - path:
        type: PathPrefix
        value: /invoices
    backendRefs:
    - name: invoices
      namespace: billing
      port: 8080`,
        ),
      },
      {
        name: 'grants.yaml',
        text: documents(
          `# Lets HTTPRoutes in infra send traffic to Services in billing
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata:
  name: infra-routes-to-billing
  namespace: billing
spec:
  from:
  - group: gateway.networking.k8s.io
    kind: HTTPRoute
    namespace: infra
  to:
  - group: ""
    kind: Service`,
          `# Lets Gateways in infra use certificate Secrets from certs
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata:
  name: infra-gateways-to-certs
  namespace: certs
spec:
  from:
  - group: gateway.networking.k8s.io
    kind: Gateway
    namespace: infra
  to:
  - group: ""
    kind: Secret`,
          service('invoices', 'billing'),
          SHOP_CERT.replace('shop-cert', 'wildcard-cert').replace('infra', 'certs'),
        ),
      },
    ],
  },
];

/** Pieces the overview example reuses. */
export const gatewayApiParts = {
  GATEWAY_CLASS,
  EDGE_GATEWAY,
  SHOP_CERT,
  SHOP_NAMESPACE,
  PATH_ROUTES,
};
