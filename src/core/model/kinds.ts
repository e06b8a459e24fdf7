/** Which family of routing resources a kind belongs to. */
export type Family = 'gateway-api' | 'istio' | 'core' | 'other';

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
export const ISTIO_GROUP = 'networking.istio.io';
/** Istio's security API group (RequestAuthentication, AuthorizationPolicy). */
export const ISTIO_SECURITY_GROUP = 'security.istio.io';
/** The API group of the workload controllers (Deployment, StatefulSet, …). */
export const APPS_GROUP = 'apps';
/** The core API group is the empty string, as Kubernetes writes it in references. */
export const CORE_GROUP = '';
/**
 * Route Studio's own documents (routing tests) live in design files of their own under this
 * group. They are never sent to a cluster: exports for kubectl leave such files out.
 */
export const ROUTE_STUDIO_GROUP = 'routestudio.dev';

export interface KindInfo {
  group: string;
  kind: string;
  family: Family;
  namespaced: boolean;
  /** Versions people write; any other version is still parsed, with a warning. */
  versions: readonly string[];
}

const gatewayVersions = ['v1', 'v1beta1', 'v1alpha2', 'v1alpha3'] as const;
const istioVersions = ['v1', 'v1beta1', 'v1alpha3'] as const;

const KNOWN_KINDS: readonly KindInfo[] = [
  ...(
    [
      ['GatewayClass', false],
      ['Gateway', true],
      ['ListenerSet', true],
      ['HTTPRoute', true],
      ['GRPCRoute', true],
      ['TLSRoute', true],
      ['TCPRoute', true],
      ['UDPRoute', true],
      ['ReferenceGrant', true],
      ['BackendTLSPolicy', true],
    ] as const
  ).map(([kind, namespaced]) => ({
    group: GATEWAY_GROUP,
    kind,
    family: 'gateway-api' as const,
    namespaced,
    versions: gatewayVersions,
  })),
  ...(['Gateway', 'VirtualService', 'DestinationRule', 'ServiceEntry'] as const).map((kind) => ({
    group: ISTIO_GROUP,
    kind,
    family: 'istio' as const,
    namespaced: true,
    versions: istioVersions,
  })),
  { group: CORE_GROUP, kind: 'Service', family: 'core', namespaced: true, versions: ['v1'] },
  { group: CORE_GROUP, kind: 'Secret', family: 'core', namespaced: true, versions: ['v1'] },
  { group: CORE_GROUP, kind: 'ConfigMap', family: 'core', namespaced: true, versions: ['v1'] },
  { group: CORE_GROUP, kind: 'Namespace', family: 'core', namespaced: false, versions: ['v1'] },
  // Workloads and the policy the Istio analyzers read (mesh/README.md).
  {
    group: ISTIO_SECURITY_GROUP,
    kind: 'RequestAuthentication',
    family: 'istio',
    namespaced: true,
    versions: ['v1', 'v1beta1'],
  },
  { group: CORE_GROUP, kind: 'Pod', family: 'core', namespaced: true, versions: ['v1'] },
  ...(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'] as const).map((kind) => ({
    group: APPS_GROUP,
    kind,
    family: 'core' as const,
    namespaced: true,
    versions: ['v1'],
  })),
  {
    group: ROUTE_STUDIO_GROUP,
    kind: 'RoutingTests',
    family: 'other',
    namespaced: false,
    versions: ['v1alpha1'],
  },
];

const byGroupKind = new Map(KNOWN_KINDS.map((k) => [`${k.group}/${k.kind}`, k]));

/** Cluster-scoped kinds outside the table that people commonly put in the same files. */
const CLUSTER_SCOPED_OTHER = new Set([
  '/Node',
  '/PersistentVolume',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'storage.k8s.io/StorageClass',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
]);

export function kindInfo(group: string, kind: string): KindInfo | undefined {
  return byGroupKind.get(`${group}/${kind}`);
}

export function isNamespaced(group: string, kind: string): boolean {
  const known = kindInfo(group, kind);
  if (known) return known.namespaced;
  return !CLUSTER_SCOPED_OTHER.has(`${group}/${kind}`);
}

export function knownKinds(): readonly KindInfo[] {
  return KNOWN_KINDS;
}

/** Gateway API route kinds: `spec.parentRefs` and `spec.rules[].backendRefs`. */
export const GATEWAY_ROUTE_KINDS = [
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'UDPRoute',
] as const;

export type GatewayRouteKind = (typeof GATEWAY_ROUTE_KINDS)[number];

const GATEWAY_ROUTE_KIND_SET: ReadonlySet<string> = new Set(GATEWAY_ROUTE_KINDS);

/** Gateway API route kinds whose `spec.hostnames` take part in attachment and matching. */
const HOSTNAME_ROUTE_KINDS: ReadonlySet<string> = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute']);

/** Kinds that declare Gateway API listeners routes attach to. */
const LISTENER_OWNER_KINDS: ReadonlySet<string> = new Set(['Gateway', 'ListenerSet']);

/** True for a Gateway API route kind (`group` defaults to the Gateway API group). */
export function isGatewayRoute(kind: string, group: string = GATEWAY_GROUP): boolean {
  return group === GATEWAY_GROUP && GATEWAY_ROUTE_KIND_SET.has(kind);
}

/** True for Gateway API route kinds that carry `spec.hostnames` (HTTP, gRPC and TLS routes). */
export function routeKindHasHostnames(kind: string): boolean {
  return HOSTNAME_ROUTE_KINDS.has(kind);
}

/** True for Gateway API Gateways and ListenerSets: the objects that own listeners. */
export function isListenerOwner(group: string, kind: string): boolean {
  return group === GATEWAY_GROUP && LISTENER_OWNER_KINDS.has(kind);
}

/** True for Route Studio's own documents (routing tests), which are never sent to a cluster. */
export function isEditorOnly(group: string): boolean {
  return group === ROUTE_STUDIO_GROUP;
}

/** Splits `group/version` (or a bare core `version`) as Kubernetes does. */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  if (slash === -1) return { group: CORE_GROUP, version: apiVersion };
  return { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
