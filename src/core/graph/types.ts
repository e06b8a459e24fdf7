import type { FieldPath } from '../diagnostics.ts';
import type { Family } from '../model/kinds.ts';

/**
 * What a node stands for. `resource` nodes are whole objects; the others are the parts of an
 * object that routing attaches to; `missing` stands for a referenced object (or part) that is not
 * in the design; `mesh` is Istio's reserved gateway name for the sidecars.
 */
export type GraphNodeType =
  | 'resource'
  | 'listener'
  | 'rule'
  | 'server'
  | 'http-route'
  | 'tcp-route'
  | 'tls-route'
  | 'subset'
  | 'missing'
  | 'mesh';

export interface GraphNode {
  /**
   * Stable id. Resources: their key (`group/kind/namespace/name`). Parts: `<resource key>#<part>`
   * with part `listener/<name>`, `rule/<index>`, `server/<index>`, `http/<index>`, `tcp/<index>`,
   * `tls/<index>` or `subset/<name>`. Missing objects: `missing:<key>` (and `missing:<key>#<part>`
   * for a missing part of an existing object). Istio's mesh: `mesh`.
   *
   * Missing ids in detail: a parentRef `port` no listener has gives `missing:<key>#port/<port>`;
   * an Istio host outside the cluster (`api.example.com`) is a Service with no namespace, named
   * by the host: `missing:/Service//api.example.com`; a subset with no DestinationRule for its
   * host at all is `missing:<service key>#subset/<name>` (kind DestinationRule, no parent).
   */
  id: string;
  type: GraphNodeType;
  family: Family;
  group: string;
  kind: string;
  namespace?: string;
  name: string;
  /** Short text to show: listener name, `rule 2`, subset name, … */
  label: string;
  /** The resource node a part belongs to. */
  parent?: string;
  /** Where the part is written inside its resource, e.g. `['spec', 'listeners', 0]`. */
  path?: FieldPath;
  /** Set for parts: their index among siblings (rule order matters for Istio). */
  index?: number;
}

export type GraphEdgeType =
  /** Gateway → GatewayClass (spec.gatewayClassName). */
  | 'gateway-class'
  /** ListenerSet → Gateway (spec.parentRef). */
  | 'listener-set-parent'
  /** Route → Gateway, ListenerSet, listener, or Service for mesh routes (spec.parentRefs[]). */
  | 'parent-ref'
  /** Route rule → backend (backendRefs[]), with the backend's weight. */
  | 'backend'
  /**
   * Route rule → mirror target (RequestMirror filter, VirtualService mirror; an Istio host
   * resolves as for `destination`).
   */
  | 'mirror'
  /** Listener or Istio server → certificate Secret. */
  | 'certificate'
  /** ReferenceGrant → the namespace it lets references come from. */
  | 'grant-from'
  /** ReferenceGrant → the objects it lets be referenced. */
  | 'grant-to'
  /** VirtualService → Istio Gateway or `mesh` (spec.gateways[]). */
  | 'istio-gateway'
  /**
   * VirtualService http/tcp/tls route → the Service, or the ServiceEntry declaring the host
   * (route[].destination.host, resolved by `mesh/hosts.ts`), with weight.
   */
  | 'destination'
  /** VirtualService route → DestinationRule subset (destination.subset). */
  | 'subset'
  /** DestinationRule → Service or ServiceEntry (spec.host). */
  | 'destination-rule-host'
  /** BackendTLSPolicy → the Service it configures (spec.targetRefs[]). */
  | 'policy-target'
  /** BackendTLSPolicy → CA certificate ConfigMap or Secret. */
  | 'ca-certificate';

export interface GraphEdge {
  /** Stable id: `<from>-><to>:<type>@<source path>` so parallel references stay distinct. */
  id: string;
  from: string;
  to: string;
  type: GraphEdgeType;
  /**
   * Backend weight as written (Gateway API: default 1; Istio: unset when not written); 0 is a
   * real value meaning "no traffic".
   */
  weight?: number;
  /**
   * The traffic model's share (`core/traffic`), 0..1: for `backend` and `destination` edges the
   * fraction of the rule's requests the backend receives; for `mirror` edges the fraction copied.
   */
  share?: number;
  /** The resource and field that make this reference. */
  source: { resource: string; path: FieldPath };
  /** True when the reference crosses namespaces (ReferenceGrant territory). */
  crossNamespace?: boolean;
}

export interface Graph {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  nodeById: ReadonlyMap<string, GraphNode>;
}
