import { documents, service, type Example, type Pattern } from './types.ts';

const INGRESS = `# The ingress gateway pods' listeners
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
    - "travel.example.com"
    - "*.travel.example.com"
    tls:
      httpsRedirect: true
  - port:
      number: 443
      name: https
      protocol: HTTPS
    hosts:
    - "travel.example.com"
    tls:
      mode: SIMPLE
      credentialName: travel-cert`;

const TRAVEL_ROUTES = `apiVersion: networking.istio.io/v1
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
        prefix: /flights
    route:
    - destination:
        host: flights
        port:
          number: 8080
  - match:
    - uri:
        prefix: /hotels
    route:
    - destination:
        host: hotels
        port:
          number: 8080
  - route:
    - destination:
        host: frontpage`;

const VERSIONS = `# Subsets by pod label, for routing by version
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: fares
  namespace: travel
spec:
  host: fares
  subsets:
  - name: stable
    labels:
      version: v1
  - name: canary
    labels:
      version: v2
  - name: shadow
    labels:
      version: v3`;

function mesh(
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
    section: 'istio',
    patterns,
    files: [{ name: `${id}.yaml`, text: documents(...docs, service('fares', 'travel')) }],
  };
}

export const istioExamples: readonly Example[] = [
  {
    id: 'istio-gateway',
    title: 'Istio: gateway and virtual service',
    description:
      'An ingress Gateway with an HTTPS redirect and a VirtualService routing by URI prefix.',
    section: 'istio',
    patterns: ['path', 'https-redirect'],
    files: [
      {
        name: 'istio-gateway.yaml',
        text: documents(
          INGRESS,
          TRAVEL_ROUTES,
          service('flights', 'travel'),
          service('hotels', 'travel'),
          service('frontpage', 'travel', 80),
        ),
      },
    ],
  },
  mesh(
    'istio-canary',
    'Istio: canary with subsets',
    'Splits traffic 90/10 between DestinationRule subsets of one Service.',
    ['canary'],
    `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: fares
  namespace: travel
spec:
  hosts:
  - fares
  http:
  - route:
    - destination:
        host: fares
        subset: stable
      weight: 90
    - destination:
        host: fares
        subset: canary
      weight: 10`,
    VERSIONS,
  ),
  {
    id: 'istio-mtls',
    title: 'Istio: mutual TLS gateway',
    description: 'A gateway server that requires client certificates (tls mode MUTUAL).',
    section: 'istio',
    patterns: ['mtls'],
    files: [
      {
        name: 'istio-mtls.yaml',
        text: documents(
          `apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: partners
  namespace: travel
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: 443
      name: https
      protocol: HTTPS
    hosts:
    - "partners.travel.example.com"
    tls:
      mode: MUTUAL
      credentialName: partners-mtls`,
          `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: partner-api
  namespace: travel
spec:
  hosts:
  - "partners.travel.example.com"
  gateways:
  - partners
  http:
  - route:
    - destination:
        host: partner-api
        port:
          number: 8080`,
          service('partner-api', 'travel'),
        ),
      },
    ],
  },
  mesh(
    'istio-mirroring',
    'Istio: traffic mirroring',
    'Serves from the stable subset and mirrors every request to the shadow subset.',
    ['mirroring'],
    `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: fares
  namespace: travel
spec:
  hosts:
  - fares
  http:
  - route:
    - destination:
        host: fares
        subset: stable
    mirror:
      host: fares
      subset: shadow
    mirrorPercentage:
      value: 100.0`,
    VERSIONS,
  ),
  mesh(
    'istio-timeouts-retries',
    'Istio: timeouts and retries',
    'A 10 s timeout with three retries on 5xx, reset and connection failures.',
    ['timeout-retry'],
    `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: fares
  namespace: travel
spec:
  hosts:
  - fares
  http:
  - route:
    - destination:
        host: fares
    timeout: 10s
    retries:
      attempts: 3
      perTryTimeout: 3s
      retryOn: 5xx,reset,connect-failure`,
  ),
];

/** Pieces the overview example reuses. */
export const istioParts = { INGRESS, TRAVEL_ROUTES };
