import { documents, service, type Example } from './types.ts';

/** The ingress gateway pods, selected by their usual label. */
function ingress(name: string, comment: string, servers: string): string {
  return `# ${comment}
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: ${name}
  namespace: travel
spec:
  selector:
    istio: ingressgateway
  servers:
${servers}`;
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
    section: 'istio',
    patterns,
    files: [{ name: `${id}.yaml`, text: documents(...docs) }],
  };
}

/** Subsets `blue`/`green` or `a`/`b` of one Service, by the pods' `version` label. */
function subsets(host: string, names: readonly [string, string]): string {
  return `# Subsets by pod label: the versions the routes choose between
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: ${host}
  namespace: travel
spec:
  host: ${host}
  subsets:
  - name: ${names[0]}
    labels:
      version: ${names[0]}
  - name: ${names[1]}
    labels:
      version: ${names[1]}`;
}

/** Istio classic templates beyond the first examples: A/B, blue/green, L4, gRPC, namespaces. */
export const moreIstioExamples: readonly Example[] = [
  template(
    'istio-ab-header',
    'Istio: A/B by header',
    'Requests with x-variant: b go to subset b of the Service; everything else to subset a.',
    ['header-ab'],
    `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: search
  namespace: travel
spec:
  hosts:
  - search
  http:
  # First match wins: the header rule must come before the default
  - match:
    - headers:
        x-variant:
          exact: "b"
    route:
    - destination:
        host: search
        subset: b
  - route:
    - destination:
        host: search
        subset: a`,
    subsets('search', ['a', 'b']),
    service('search', 'travel'),
  ),
  template(
    'istio-blue-green',
    'Istio: blue/green',
    'Mesh traffic stays on the blue subset until the weights are swapped to green.',
    ['blue-green'],
    `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: booking
  namespace: travel
spec:
  hosts:
  - booking
  http:
  # To switch, give green the 100 and blue 0
  - route:
    - destination:
        host: booking
        subset: blue
      weight: 100
    - destination:
        host: booking
        subset: green
      weight: 0`,
    subsets('booking', ['blue', 'green']),
    service('booking', 'travel'),
  ),
  template(
    'istio-grpc',
    'Istio: gRPC routing',
    'gRPC calls are HTTP/2 requests to /package.Service/Method: route the Cart service by URI prefix.',
    ['grpc'],
    ingress(
      'grpc',
      'gRPC over HTTP/2 in clear text on 8080',
      `  - port:
      number: 8080
      name: grpc
      protocol: GRPC
    hosts:
    - "grpc.travel.example.com"`,
    ),
    `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: travel-grpc
  namespace: travel
spec:
  hosts:
  - "grpc.travel.example.com"
  gateways:
  - grpc
  http:
  - match:
    - uri:
        prefix: /travel.v1.Cart/
    route:
    - destination:
        host: cart-grpc
        port:
          number: 9090
  - route:
    - destination:
        host: api-grpc
        port:
          number: 9090`,
    service('cart-grpc', 'travel', 9090).replace('name: http', 'name: grpc'),
    service('api-grpc', 'travel', 9090).replace('name: http', 'name: grpc'),
  ),
  template(
    'istio-tcp',
    'Istio: TCP',
    'A TCP server on the ingress gateway and a VirtualService tcp route to PostgreSQL.',
    ['tcp'],
    ingress(
      'db',
      'Layer 4: connections on 5432',
      `  - port:
      number: 5432
      name: postgres
      protocol: TCP
    hosts:
    - "*"`,
    ),
    `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: postgres
  namespace: travel
spec:
  hosts:
  - "*"
  gateways:
  - db
  tcp:
  - match:
    - port: 5432
    route:
    - destination:
        host: postgres
        port:
          number: 5432`,
    service('postgres', 'travel', 5432).replace('name: http', 'name: tcp-postgres'),
  ),
  template(
    'istio-tls-passthrough',
    'Istio: TLS passthrough',
    'The gateway routes by SNI and leaves TLS to the backend (tls mode PASSTHROUGH).',
    ['tls-passthrough'],
    ingress(
      'secure',
      'PASSTHROUGH: the gateway reads the SNI and never terminates TLS',
      `  - port:
      number: 443
      name: tls
      protocol: TLS
    hosts:
    - "vault.travel.example.com"
    tls:
      mode: PASSTHROUGH`,
    ),
    `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: vault
  namespace: travel
spec:
  hosts:
  - "vault.travel.example.com"
  gateways:
  - secure
  tls:
  - match:
    - port: 443
      sniHosts:
      - "vault.travel.example.com"
    route:
    - destination:
        host: vault
        port:
          number: 8443`,
    service('vault', 'travel', 8443).replace('name: http', 'name: tls'),
  ),
  template(
    'istio-cross-namespace',
    'Istio: cross-namespace routing',
    'A gateway in istio-system, routes owned by the travel team, and a backend in the payments namespace.',
    ['cross-namespace'],
    `# The platform team's gateway
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: public
  namespace: istio-system
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: 80
      name: http
      protocol: HTTP
    hosts:
    - "travel/*"`,
    `# The travel team binds its host to the shared gateway as <namespace>/<name>
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: travel
  namespace: travel
spec:
  hosts:
  - "travel.example.com"
  gateways:
  - istio-system/public
  http:
  - match:
    - uri:
        prefix: /pay
    route:
    # Another namespace's Service, by its full name
    - destination:
        host: checkout.payments.svc.cluster.local
        port:
          number: 8080
  - route:
    - destination:
        host: frontpage
        port:
          number: 8080`,
    service('frontpage', 'travel'),
    service('checkout', 'payments'),
  ),
];
