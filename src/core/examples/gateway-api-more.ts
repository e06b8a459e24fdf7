import { documents, service, type Example } from './types.ts';
import { gatewayApiParts } from './gateway-api.ts';

const { GATEWAY_CLASS } = gatewayApiParts;

/** A Gateway in the `shop` namespace with the listeners given (YAML list items). */
function gateway(name: string, comment: string, listeners: string): string {
  return `# ${comment}
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: ${name}
  namespace: shop
spec:
  gatewayClassName: istio
  listeners:
${listeners}`;
}

function template(
  id: string,
  title: string,
  description: string,
  patterns: Example['patterns'],
  ...docs: string[]
): Example {
  return {
    id,
    title,
    description,
    section: 'gateway-api',
    patterns,
    files: [{ name: `${id}.yaml`, text: documents(GATEWAY_CLASS, ...docs) }],
  };
}

/** Gateway API templates beyond the first examples: rollouts, redirects, L4 and gRPC routing. */
export const moreGatewayApiExamples: readonly Example[] = [
  template(
    'blue-green',
    'Gateway API: blue/green',
    'All traffic on blue while green is tested with a header; switch by swapping the weights.',
    ['blue-green'],
    gateway(
      'web',
      'Plain HTTP entry point for the storefront',
      `  - name: http
    port: 80
    protocol: HTTP`,
    ),
    `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: storefront
  namespace: shop
spec:
  parentRefs:
  - name: web
  rules:
  # Testers reach green ahead of the switch with "x-env: green"
  - matches:
    - headers:
      - name: x-env
        value: green
    backendRefs:
    - name: storefront-green
      port: 8080
  # Everyone else: blue takes 100 %; to switch, give green the 100 and blue 0
  - backendRefs:
    - name: storefront-blue
      port: 8080
      weight: 100
    - name: storefront-green
      port: 8080
      weight: 0`,
    service('storefront-blue', 'shop'),
    service('storefront-green', 'shop'),
  ),
  template(
    'https-redirect',
    'Gateway API: HTTPS with HTTP→HTTPS redirect',
    'The HTTPS listener terminates TLS and serves the app; plain HTTP answers with a 301 to HTTPS.',
    ['https-redirect'],
    gateway(
      'web',
      'Port 80 only redirects; port 443 terminates TLS with the Secret below',
      `  - name: http
    port: 80
    protocol: HTTP
    hostname: "www.example.com"
  - name: https
    port: 443
    protocol: HTTPS
    hostname: "www.example.com"
    tls:
      mode: Terminate
      certificateRefs:
      - kind: Secret
        name: www-cert`,
    ),
    `apiVersion: v1
kind: Secret
metadata:
  name: www-cert
  namespace: shop
type: kubernetes.io/tls
data:
  tls.crt: ""
  tls.key: ""`,
    `# Every plain-HTTP request gets a permanent redirect to the same URL over HTTPS
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: www-redirect
  namespace: shop
spec:
  parentRefs:
  - name: web
    sectionName: http
  hostnames:
  - "www.example.com"
  rules:
  - filters:
    - type: RequestRedirect
      requestRedirect:
        scheme: https
        statusCode: 301`,
    `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: www
  namespace: shop
spec:
  parentRefs:
  - name: web
    sectionName: https
  hostnames:
  - "www.example.com"
  rules:
  - backendRefs:
    - name: www
      port: 8080`,
    service('www', 'shop'),
  ),
  template(
    'grpc',
    'Gateway API: gRPC routing',
    'A GRPCRoute sends the Cart service to its own backend and every other gRPC call to the API.',
    ['grpc'],
    gateway(
      'grpc',
      'gRPC needs HTTP/2: an HTTP listener carries it in clear text (h2c)',
      `  - name: grpc
    port: 8080
    protocol: HTTP
    hostname: "grpc.example.com"`,
    ),
    `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: shop-grpc
  namespace: shop
spec:
  parentRefs:
  - name: grpc
  hostnames:
  - "grpc.example.com"
  rules:
  - matches:
    - method:
        service: shop.v1.Cart
    backendRefs:
    - name: cart-grpc
      port: 9090
  - backendRefs:
    - name: api-grpc
      port: 9090`,
    service('cart-grpc', 'shop', 9090),
    service('api-grpc', 'shop', 9090),
  ),
  template(
    'tcp',
    'Gateway API: TCP',
    'A TCP listener on 5432 forwards every connection to the PostgreSQL Service (experimental channel).',
    ['tcp'],
    gateway(
      'db',
      'Layer 4: whatever arrives on 5432 goes to the route attached to this listener',
      `  - name: postgres
    port: 5432
    protocol: TCP
    allowedRoutes:
      kinds:
      - kind: TCPRoute`,
    ),
    `apiVersion: gateway.networking.k8s.io/v1
kind: TCPRoute
metadata:
  name: postgres
  namespace: shop
spec:
  parentRefs:
  - name: db
    sectionName: postgres
  rules:
  - backendRefs:
    - name: postgres
      port: 5432`,
    service('postgres', 'shop', 5432),
  ),
  template(
    'udp',
    'Gateway API: UDP',
    'A UDP listener on 53 forwards DNS datagrams to the resolver Service (experimental channel).',
    ['udp'],
    gateway(
      'dns',
      'Layer 4 over UDP: DNS queries on port 53',
      `  - name: dns
    port: 53
    protocol: UDP
    allowedRoutes:
      kinds:
      - kind: UDPRoute`,
    ),
    `apiVersion: gateway.networking.k8s.io/v1
kind: UDPRoute
metadata:
  name: dns
  namespace: shop
spec:
  parentRefs:
  - name: dns
    sectionName: dns
  rules:
  - backendRefs:
    - name: resolver
      port: 53`,
    service('resolver', 'shop', 53),
  ),
  template(
    'tls-passthrough',
    'Gateway API: TLS passthrough',
    'The Gateway routes encrypted connections by SNI without decrypting them; the backend holds the certificate.',
    ['tls-passthrough'],
    gateway(
      'edge',
      'Passthrough: the Gateway reads the SNI and never terminates TLS',
      `  - name: tls
    port: 443
    protocol: TLS
    hostname: "*.secure.example.com"
    tls:
      mode: Passthrough
    allowedRoutes:
      kinds:
      - kind: TLSRoute`,
    ),
    `apiVersion: gateway.networking.k8s.io/v1
kind: TLSRoute
metadata:
  name: vault
  namespace: shop
spec:
  parentRefs:
  - name: edge
    sectionName: tls
  hostnames:
  - "vault.secure.example.com"
  rules:
  - backendRefs:
    - name: vault
      port: 8443`,
    service('vault', 'shop', 8443),
  ),
];
