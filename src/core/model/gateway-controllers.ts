/** A Gateway API implementation and the controllerName its GatewayClasses carry. */
export interface GatewayController {
  implementation: string;
  controllerName: string;
}

/**
 * The controllerName of common Gateway API implementations (those with conformance reports in
 * the Gateway API project), as their documentation writes it in a GatewayClass.
 */
export const GATEWAY_CONTROLLERS: readonly GatewayController[] = [
  { implementation: 'Istio', controllerName: 'istio.io/gateway-controller' },
  {
    implementation: 'Envoy Gateway',
    controllerName: 'gateway.envoyproxy.io/gatewayclass-controller',
  },
  { implementation: 'Cilium', controllerName: 'io.cilium/gateway-controller' },
  {
    implementation: 'NGINX Gateway Fabric',
    controllerName: 'gateway.nginx.org/nginx-gateway-controller',
  },
  { implementation: 'Kong Operator', controllerName: 'konghq.com/gateway-operator' },
  {
    implementation: 'Kong Ingress Controller',
    controllerName: 'konghq.com/kic-gateway-controller',
  },
  { implementation: 'Traefik', controllerName: 'traefik.io/gateway-controller' },
  { implementation: 'GKE', controllerName: 'networking.gke.io/gateway' },
  { implementation: 'kgateway', controllerName: 'kgateway.dev/kgateway' },
];
