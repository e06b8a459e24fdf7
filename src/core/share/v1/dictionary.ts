/**
 * The text the v1 model learns before it codes a design: the vocabulary of Gateway API, Istio and
 * core Kubernetes manifests (every field name and enum value of the CRDs, then hand-written
 * manifests in the common layouts). Written from the schemas, not from any corpus links are
 * measured on. Part of the v1 format: it must never change (the fixture links would stop
 * decoding); a better dictionary is a new format version.
 */
export const DICTIONARY_V1 = `apiVersion:
kind:
metadata:
spec:
options:
targetRefs:
group:
name:
sectionName:
validation:
caCertificateRefs:
hostname:
subjectAltNames:
type:
uri:
wellKnownCACertificates:
status:
ancestors:
ancestorRef:
namespace:
port:
conditions:
lastTransitionTime:
message:
observedGeneration:
reason:
controllerName:
description:
parametersRef:
supportedFeatures:
addresses:
value:
allowedListeners:
namespaces:
from:
selector:
matchExpressions:
key:
operator:
values:
matchLabels:
defaultScope:
gatewayClassName:
infrastructure:
annotations:
labels:
listeners:
allowedRoutes:
kinds:
protocol:
tls:
certificateRefs:
mode:
backend:
clientCertificateRef:
frontend:
default:
perPort:
attachedListenerSets:
attachedRoutes:
supportedKinds:
hostnames:
parentRefs:
rules:
backendRefs:
filters:
extensionRef:
requestHeaderModifier:
add:
remove:
set:
requestMirror:
backendRef:
fraction:
denominator:
numerator:
percent:
responseHeaderModifier:
weight:
matches:
headers:
method:
service:
sessionPersistence:
absoluteTimeout:
cookie:
lifetimeType:
path:
header:
useDefaultGateways:
parents:
parentRef:
cors:
allowCredentials:
allowHeaders:
allowMethods:
allowOrigins:
exposeHeaders:
maxAge:
externalAuth:
forwardBody:
maxSize:
grpc:
allowedHeaders:
http:
allowedResponseHeaders:
requestRedirect:
replaceFullPath:
replacePrefixMatch:
scheme:
statusCode:
urlRewrite:
queryParams:
retry:
attempts:
backoff:
codes:
timeouts:
backendRequest:
request:
to:
externalHostname:
retryConstraint:
budget:
interval:
minRetryRate:
count:
exportTo:
host:
subsets:
trafficPolicy:
connectionPool:
h2UpgradePolicy:
http1MaxPendingRequests:
http2KeepAlive:
timeout:
http2MaxRequests:
idleTimeout:
maxConcurrentStreams:
maxRequestsPerConnection:
maxRetries:
useClientProtocol:
tcp:
connectTimeout:
maxConnectionDuration:
maxConnections:
tcpKeepalive:
probes:
time:
loadBalancer:
backendUtilization:
errorUtilizationPenaltyPercent:
metricNamesForComputingUtilization:
weightExpirationPeriod:
weightStabilizationPeriod:
weightUpdatePeriod:
consistentHash:
httpCookie:
attributes:
ttl:
httpHeaderName:
httpQueryParameterName:
maglev:
tableSize:
minimumRingSize:
ringHash:
useSourceIp:
localityLbSetting:
distribute:
enabled:
failover:
failoverPriority:
simple:
warmup:
aggression:
duration:
minimumPercent:
warmupDurationSecs:
zoneAwareLbSetting:
minClusterSize:
outlierDetection:
baseEjectionTime:
consecutive5xxErrors:
consecutiveErrors:
consecutiveGatewayErrors:
consecutiveLocalOriginFailures:
maxEjectionPercent:
minHealthPercent:
outlierDetectionHttpErrorCodes:
splitExternalLocalOriginErrors:
portLevelSettings:
number:
caCertificates:
caCrl:
clientCertificate:
credentialName:
insecureSkipVerify:
privateKey:
sni:
proxyProtocol:
version:
retryBudget:
budgetInterval:
minRetryConcurrency:
tunnel:
targetHost:
targetPort:
workloadSelector:
lastProbeTime:
validationMessages:
documentationUrl:
level:
code:
servers:
bind:
defaultEndpoint:
hosts:
caCertCredentialName:
cipherSuites:
credentialNames:
ecdhCurves:
httpsRedirect:
maxProtocolVersion:
minProtocolVersion:
serverCertificate:
tlsCertificates:
verifyCertificateHash:
verifyCertificateSpki:
endpoints:
address:
locality:
network:
ports:
serviceAccount:
location:
resolution:
gateways:
corsPolicy:
allowOrigin:
exact:
prefix:
regex:
unmatchedPreflights:
delegate:
directResponse:
body:
bytes:
string:
fault:
abort:
grpcStatus:
http2Error:
httpStatus:
percentage:
delay:
exponentialDelay:
fixedDelay:
response:
match:
authority:
ignoreUriCase:
sourceLabels:
sourceNamespace:
statPrefix:
withoutHeaders:
mirror:
subset:
mirror_percent:
mirrorPercent:
mirrorPercentage:
mirrors:
destination:
redirect:
derivePort:
prefixRewrite:
redirectCode:
retries:
perTryTimeout:
retryIgnorePreviousHosts:
retryOn:
retryRemoteLocalities:
rewrite:
uriRegexRewrite:
route:
destinationSubnets:
sourceSubnet:
sniHosts:
Hostname URI True False Unknown All Selector Same None Terminate Passthrough AllowValidOnly AllowInsecureFallback ResponseHeaderModifier RequestHeaderModifier RequestMirror ExtensionRef Exact RegularExpression Permanent Session Cookie Header GET HEAD POST PUT DELETE CONNECT OPTIONS TRACE PATCH * HTTP GRPC ReplaceFullPath ReplacePrefixMatch http https 301 302 303 307 308 RequestRedirect URLRewrite CORS ExternalAuth PathPrefix TCP HTTP2 HTTP11 H2C MCP ServerOnly ClientAndServer ExternalHostname DEFAULT DO_NOT_UPGRADE UPGRADE UNSPECIFIED LEAST_CONN RANDOM PASSTHROUGH ROUND_ROBIN LEAST_REQUEST DISABLE SIMPLE MUTUAL ISTIO_MUTUAL V1 V2 UNKNOWN ERROR WARNING INFO TLS_AUTO TLSV1_0 TLSV1_1 TLSV1_2 TLSV1_3 AUTO_PASSTHROUGH OPTIONAL_MUTUAL MESH_EXTERNAL MESH_INTERNAL NONE STATIC DNS DNS_ROUND_ROBIN DYNAMIC_DNS FORWARD IGNORE FROM_PROTOCOL_DEFAULT FROM_REQUEST_PORT
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: bookinfo-gateway
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
    - "*.example.com"
    tls:
      httpsRedirect: true
  - port:
      number: 443
      name: https
      protocol: HTTPS
    hosts:
    - "bookinfo.example.com"
    tls:
      mode: SIMPLE
      credentialName: bookinfo-cert
  - port:
      number: 15443
      name: tls-passthrough
      protocol: TLS
    hosts:
    - "*"
    tls:
      mode: PASSTHROUGH
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
  namespace: default
spec:
  hosts:
  - reviews
  - reviews.default.svc.cluster.local
  gateways:
  - mesh
  - istio-system/bookinfo-gateway
  http:
  - name: canary
    match:
    - headers:
        end-user:
          exact: jason
      uri:
        prefix: /api/v2
      queryParams:
        debug:
          exact: "true"
      method:
        exact: GET
      authority:
        regex: ".*\\\\.example\\\\.com"
      port: 8080
      withoutHeaders:
        x-skip:
          exact: "1"
      ignoreUriCase: true
      sourceLabels:
        app: productpage
    rewrite:
      uri: /
      authority: reviews.internal
    route:
    - destination:
        host: reviews
        subset: v2
        port:
          number: 9080
      weight: 90
    - destination:
        host: reviews
        subset: v3
      weight: 10
    mirror:
      host: reviews-shadow
      subset: v1
    mirrorPercentage:
      value: 50.0
    timeout: 10s
    retries:
      attempts: 3
      perTryTimeout: 2s
      retryOn: gateway-error,connect-failure,refused-stream,5xx
    fault:
      delay:
        percentage:
          value: 0.1
        fixedDelay: 5s
      abort:
        percentage:
          value: 1
        httpStatus: 503
    corsPolicy:
      allowOrigins:
      - exact: https://example.com
      - prefix: https://app.
      allowMethods:
      - GET
      - POST
      allowHeaders:
      - content-type
      exposeHeaders:
      - x-request-id
      maxAge: "24h"
      allowCredentials: true
    headers:
      request:
        set:
          x-forwarded-proto: https
        add:
          x-version: v2
        remove:
        - x-debug
      response:
        remove:
        - server
  - match:
    - uri:
        exact: /old
    redirect:
      uri: /new
      authority: www.example.com
      redirectCode: 301
  - match:
    - uri:
        regex: ^/static/.*
    directResponse:
      status: 200
      body:
        string: "ok"
  - route:
    - destination:
        host: reviews.default.svc.cluster.local
        subset: v1
  tcp:
  - match:
    - port: 3306
    route:
    - destination:
        host: mysql.db.svc.cluster.local
        port:
          number: 3306
  tls:
  - match:
    - port: 443
      sniHosts:
      - login.example.com
    route:
    - destination:
        host: login.prod.svc.cluster.local
        port:
          number: 443
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  trafficPolicy:
    loadBalancer:
      simple: LEAST_REQUEST
    connectionPool:
      tcp:
        maxConnections: 100
        connectTimeout: 30ms
      http:
        http1MaxPendingRequests: 1024
        http2MaxRequests: 1024
        maxRequestsPerConnection: 10
        maxRetries: 3
        idleTimeout: 30s
    outlierDetection:
      consecutive5xxErrors: 5
      interval: 10s
      baseEjectionTime: 30s
      maxEjectionPercent: 50
    tls:
      mode: ISTIO_MUTUAL
  subsets:
  - name: v1
    labels:
      version: v1
  - name: v2
    labels:
      version: v2
    trafficPolicy:
      loadBalancer:
        consistentHash:
          httpHeaderName: x-user
  - name: v3
    labels:
      version: v3
---
apiVersion: networking.istio.io/v1beta1
kind: DestinationRule
metadata:
  name: payments
  namespace: payments
spec:
  host: payments.payments.svc.cluster.local
  exportTo:
  - "."
  trafficPolicy:
    tls:
      mode: MUTUAL
      clientCertificate: /etc/certs/client.pem
      privateKey: /etc/certs/key.pem
      caCertificates: /etc/certs/ca.pem
      sni: payments.example.com
    portLevelSettings:
    - port:
        number: 8443
      loadBalancer:
        simple: ROUND_ROBIN
  subsets:
  - name: stable
    labels:
      track: stable
  - name: canary
    labels:
      track: canary
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: frontend
  namespace: web
spec:
  hosts:
  - "www.example.com"
  gateways:
  - istio-system/public-gateway
  http:
  - match:
    - uri:
        prefix: /api
    route:
    - destination:
        host: api.backend.svc.cluster.local
        port:
          number: 8080
  - route:
    - destination:
        host: frontend
        port:
          number: 80
---
apiVersion: v1
kind: Namespace
metadata:
  name: infra
  labels:
    shared-gateway-access: "true"
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: default
  labels:
    app: web
spec:
  selector:
    app: web
  ports:
  - name: http
    protocol: TCP
    port: 80
    targetPort: 8080
  - name: grpc
    port: 50051
    appProtocol: kubernetes.io/h2c
---
apiVersion: v1
kind: Secret
metadata:
  name: example-com-tls
  namespace: infra
type: kubernetes.io/tls
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t
  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: echo
  labels:
    app: echo
spec:
  replicas: 2
  selector:
    matchLabels:
      app: echo
  template:
    metadata:
      labels:
        app: echo
    spec:
      containers:
      - name: echo
        image: registry.k8s.io/echoserver:1.10
        ports:
        - containerPort: 8080
        env:
        - name: POD_NAME
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
        - name: NAMESPACE
          valueFrom:
            fieldRef:
              fieldPath: metadata.namespace
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ca-bundle
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    -----END CERTIFICATE-----
---
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: example
spec:
  controllerName: example.com/gateway-controller
  description: An example GatewayClass.
  parametersRef:
    group: example.com
    kind: Config
    name: example-config
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: example-gateway
  namespace: default
spec:
  gatewayClassName: example
  addresses:
  - type: IPAddress
    value: 192.0.2.10
  infrastructure:
    labels:
      team: platform
    annotations:
      example.com/owner: infra
  listeners:
  - name: http
    protocol: HTTP
    port: 80
    hostname: "*.example.com"
    allowedRoutes:
      namespaces:
        from: All
  - name: https
    protocol: HTTPS
    port: 443
    hostname: "www.example.com"
    tls:
      mode: Terminate
      certificateRefs:
      - kind: Secret
        group: ""
        name: example-com-cert
    allowedRoutes:
      namespaces:
        from: Selector
        selector:
          matchLabels:
            shared-gateway-access: "true"
      kinds:
      - kind: HTTPRoute
  - name: tls
    protocol: TLS
    port: 8443
    hostname: "secure.example.com"
    tls:
      mode: Passthrough
  - name: tcp
    protocol: TCP
    port: 5432
    allowedRoutes:
      kinds:
      - kind: TCPRoute
  - name: udp
    protocol: UDP
    port: 5300
    allowedRoutes:
      namespaces:
        from: Same
      kinds:
      - kind: UDPRoute
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: prod-web
spec:
  gatewayClassName: acme-lb
  listeners:
    - protocol: HTTP
      port: 80
      name: prod-web-gw
      allowedRoutes:
        namespaces:
          from: Same
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: foo-route
  namespace: default
  labels:
    gateway: example-gateway
spec:
  parentRefs:
    - name: example-gateway
      sectionName: https
  hostnames:
    - "foo.example.com"
    - "bar.example.com"
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /login
      backendRefs:
        - name: foo-svc
          port: 8080
    - matches:
        - headers:
            - type: Exact
              name: env
              value: canary
        - path:
            type: Exact
            value: /status
          method: GET
          queryParams:
            - name: debug
              value: "true"
      backendRefs:
        - name: bar-svc-canary
          port: 8080
          weight: 10
        - name: bar-svc
          port: 8080
          weight: 90
    - backendRefs:
        - name: example-svc
          port: 80
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: http-filter-redirect
spec:
  parentRefs:
    - name: example-gateway
      namespace: infra
      sectionName: http
  hostnames:
    - redirect.example.com
  rules:
    - filters:
        - type: RequestRedirect
          requestRedirect:
            scheme: https
            port: 443
            statusCode: 301
    - matches:
        - path:
            type: PathPrefix
            value: /old
      filters:
        - type: RequestRedirect
          requestRedirect:
            hostname: new.example.com
            path:
              type: ReplacePrefixMatch
              replacePrefixMatch: /new
            statusCode: 302
    - matches:
        - path:
            type: PathPrefix
            value: /prefix
      filters:
        - type: URLRewrite
          urlRewrite:
            hostname: elsewhere.example
            path:
              type: ReplaceFullPath
              replaceFullPath: /fake
      backendRefs:
        - name: example-svc
          port: 80
    - matches:
        - path:
            type: RegularExpression
            value: "/api/v[0-9]+/.*"
      filters:
        - type: RequestHeaderModifier
          requestHeaderModifier:
            add:
              - name: my-header
                value: foo
            set:
              - name: user-agent
                value: my-agent
            remove:
              - x-header
        - type: ResponseHeaderModifier
          responseHeaderModifier:
            add:
              - name: X-Header-Add-1
                value: header-add-1
            remove:
              - X-Header-Remove
        - type: RequestMirror
          requestMirror:
            backendRef:
              name: mirror-svc
              port: 8080
            percent: 50
        - type: CORS
          cors:
            allowOrigins:
              - "https://www.example.com"
            allowMethods:
              - GET
              - OPTIONS
            allowHeaders:
              - Authorization
            allowCredentials: true
            maxAge: 3600
      backendRefs:
        - name: api-v1
          port: 8080
      timeouts:
        request: 10s
        backendRequest: 2s
      retry:
        attempts: 2
        backoff: 100ms
        codes:
          - 500
          - 503
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: canary
spec:
  parentRefs:
  - name: gateway
  hostnames:
  - canary.example.com
  rules:
  - backendRefs:
    - name: app-v1
      port: 8080
      weight: 90
    - name: app-v2
      port: 8080
      weight: 10
  - matches:
    - headers:
      - name: traffic
        value: test
    backendRefs:
    - name: app-v2
      port: 8080
    sessionPersistence:
      sessionName: session
      type: Cookie
      absoluteTimeout: 1h
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: grpc-route
spec:
  parentRefs:
    - name: grpc-gateway
  hostnames:
    - "grpc.example.com"
  rules:
    - matches:
        - method:
            service: com.example.User
            method: Login
        - method:
            type: RegularExpression
            service: com.example.*
        - headers:
            - type: Exact
              name: magic
              value: foo
      backendRefs:
        - name: grpc-svc
          port: 50051
    - backendRefs:
        - name: grpc-default
          port: 50051
---
apiVersion: gateway.networking.k8s.io/v1
kind: TLSRoute
metadata:
  name: tls-route
spec:
  parentRefs:
    - name: example-gateway
      sectionName: tls
  hostnames:
    - secure.example.com
  rules:
    - backendRefs:
        - name: tls-backend
          port: 443
---
apiVersion: gateway.networking.k8s.io/v1alpha2
kind: TCPRoute
metadata:
  name: tcp-app
spec:
  parentRefs:
    - name: example-gateway
      sectionName: tcp
  rules:
    - backendRefs:
        - name: postgres
          port: 5432
---
apiVersion: gateway.networking.k8s.io/v1alpha2
kind: UDPRoute
metadata:
  name: dns
spec:
  parentRefs:
    - name: example-gateway
      sectionName: udp
  rules:
    - backendRefs:
        - name: coredns
          port: 53
---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata:
  name: allow-routes
  namespace: backends
spec:
  from:
    - group: gateway.networking.k8s.io
      kind: HTTPRoute
      namespace: frontend
  to:
    - group: ""
      kind: Service
      name: api
---
apiVersion: gateway.networking.k8s.io/v1
kind: BackendTLSPolicy
metadata:
  name: backend-tls
spec:
  targetRefs:
    - group: ""
      kind: Service
      name: secure-backend
      sectionName: https
  validation:
    caCertificateRefs:
      - group: ""
        kind: ConfigMap
        name: ca-bundle
    hostname: secure-backend.example.com
    wellKnownCACertificates: System
    subjectAltNames:
      - type: Hostname
        hostname: secure-backend.example.com
---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata:
  name: team-listeners
  namespace: team-a
spec:
  parentRef:
    name: shared-gateway
    namespace: infra
    kind: Gateway
    group: gateway.networking.k8s.io
  listeners:
    - name: team-a-https
      hostname: team-a.example.com
      protocol: HTTPS
      port: 443
      tls:
        mode: Terminate
        certificateRefs:
          - name: team-a-cert
---
# Routes in another namespace attach to the shared Gateway in infra.
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: store
  namespace: store-ns
spec:
  parentRefs:
    - kind: Gateway
      name: shared-gateway
      namespace: infra
      port: 443
  hostnames:
    - "store.example.com"
  rules:
    - matches:
        - path:
            value: /cart
      backendRefs:
        - kind: Service
          name: store-v2
          namespace: store-ns
          port: 8080
    - matches:
        - path:
            value: /
      backendRefs:
        - name: store-v1
          port: 8080
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: bar-route
spec:
  parentRefs:
  - name: example-gateway
  hostnames:
  - "bar.example.com"
  rules:
  - matches:
    - headers:
      - type: Exact
        name: env
        value: canary
    backendRefs:
    - name: bar-svc-canary
      port: 8080
  - backendRefs:
    - name: bar-svc
      port: 8080
`;
