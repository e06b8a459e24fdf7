/**
 * A large, realistic design for load tests and the `large` example: Gateways in an `infra`
 * namespace and many HTTPRoutes spread over team namespaces, each with its Services. Every
 * route's shape (rules, matches, filters, weights) is derived from its index, so the text is the
 * same on every call.
 */
export interface LargeDesignOptions {
  /** Number of HTTPRoutes (each comes with one or two Services). */
  routes: number;
  /** Number of Gateways the routes attach to (round robin). */
  gateways: number;
  /** Number of team namespaces the routes spread over. Default 10. */
  namespaces?: number;
}

/** Namespace of the Gateways and their certificates. */
export const LARGE_INFRA_NAMESPACE = 'infra';

const pad = (n: number) => String(n).padStart(4, '0');

function gatewayClass(): string {
  return `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: example
spec:
  controllerName: example.com/gateway-controller
`;
}

function gateway(g: number): string {
  const name = `gateway-${g}`;
  return `---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: ${name}
  namespace: ${LARGE_INFRA_NAMESPACE}
spec:
  gatewayClassName: example
  listeners:
    - name: http
      protocol: HTTP
      port: 80
      allowedRoutes:
        namespaces:
          from: All
    - name: https
      protocol: HTTPS
      port: 443
      hostname: "*.example.com"
      tls:
        mode: Terminate
        certificateRefs:
          - name: ${name}-cert
      allowedRoutes:
        namespaces:
          from: All
    - name: admin
      protocol: HTTP
      port: 8080
      hostname: admin.example.com
      allowedRoutes:
        namespaces:
          from: Same
---
apiVersion: v1
kind: Secret
metadata:
  name: ${name}-cert
  namespace: ${LARGE_INFRA_NAMESPACE}
type: kubernetes.io/tls
data:
  tls.crt: ""
  tls.key: ""
`;
}

function service(name: string, namespace: string): string {
  return `---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  selector:
    app: ${name}
  ports:
  - port: 8080
`;
}

function backend(name: string, weight?: number): string {
  const weightLine = weight === undefined ? '' : `\n      weight: ${weight}`;
  return `    - name: ${name}
      port: 8080${weightLine}
`;
}

function pathMatch(type: string, value: string): string {
  return `    - path:
        type: ${type}
        value: ${value}
`;
}

/**
 * The rules of route `i`, written the way `kubectl get -o yaml` writes lists (items not indented
 * below their key). Even routes split traffic between a stable and a canary Service, and every
 * third of those sends `x-canary: true` straight to the canary; odd routes set a header. Every
 * route has a health-check rule.
 */
function rules(i: number, app: string, team: string): string {
  const stable = `${app}-v1`;
  const canary = `${app}-v2`;
  const split = i % 2 === 0;
  const canaryWeight = [10, 20, 50, 5][(i / 2) % 4]!;
  const canaryRule =
    i % 6 === 0
      ? `  - matches:
${pathMatch('PathPrefix', '/api')}      headers:
      - name: x-canary
        value: "true"
    backendRefs:
${backend(canary)}`
      : '';
  const headerFilter = split
    ? ''
    : `    - type: RequestHeaderModifier
      requestHeaderModifier:
        set:
        - name: x-team
          value: ${team}
`;
  // Only on rules with a single PathPrefix match: ReplacePrefixMatch requires exactly that.
  const rewriteFilter =
    i % 4 === 1
      ? `    - type: URLRewrite
      urlRewrite:
        path:
          type: ReplacePrefixMatch
          replacePrefixMatch: /
`
      : '';
  const filters = headerFilter + rewriteFilter;
  const versionMatch = split ? pathMatch('PathPrefix', `/v${1 + (i % 3)}`) : '';
  const backends = split
    ? backend(stable, 100 - canaryWeight) + backend(canary, canaryWeight)
    : backend(stable);
  return `  rules:
${canaryRule}  - matches:
${pathMatch('PathPrefix', '/api')}${versionMatch}${filters ? `    filters:\n${filters}` : ''}    backendRefs:
${backends}  - matches:
${pathMatch('Exact', '/healthz')}    backendRefs:
${backend(stable)}`;
}

function route(i: number, gateways: number, namespaces: number): string {
  const app = `app-${pad(i)}`;
  const team = `team-${pad(i % namespaces).slice(2)}`;
  const listener = i % 5 === 0 ? 'http' : 'https';
  const services = service(`${app}-v1`, team) + (i % 2 === 0 ? service(`${app}-v2`, team) : '');
  return `---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: ${app}
  namespace: ${team}
spec:
  parentRefs:
  - name: gateway-${i % gateways}
    namespace: ${LARGE_INFRA_NAMESPACE}
    sectionName: ${listener}
  hostnames:
  - ${app}.example.com
${rules(i, app, team)}${services}`;
}

/** One YAML text holding the whole design: about 54 lines and 0.9 kB per route. */
export function generateLargeDesign(options: LargeDesignOptions): string {
  const namespaces = options.namespaces ?? 10;
  const parts = [gatewayClass()];
  for (let g = 0; g < options.gateways; g++) parts.push(gateway(g));
  for (let i = 0; i < options.routes; i++) parts.push(route(i, options.gateways, namespaces));
  return parts.join('');
}
