import type { FieldPath, Severity } from '../diagnostics.ts';
import type { Resource } from '../model/resource.ts';
import type { GatewayApiTarget } from '../schemas/gateway-api/target.ts';

/** Options of {@link analyzeDesign}. */
export interface AnalysisOptions {
  /**
   * Report references to objects that are not in the design (Services, Secrets, Namespaces,
   * GatewayClasses, parents) as errors. By default they are warnings: the object may well exist
   * in the cluster the design is applied to.
   */
  missingAsError?: boolean;
  /**
   * The Gateway API release and channel whose CRDs and rules apply; the newest standard channel
   * (`DEFAULT_GATEWAY_API_TARGET`) by default.
   */
  gatewayApi?: GatewayApiTarget;
}

/** A Kubernetes status condition, as a conformant controller would write it. */
export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
}

export interface StatusResource {
  kind: string;
  namespace?: string;
  name: string;
}

export interface ListenerStatus {
  name: string;
  attachedRoutes: number;
  conditions: Condition[];
}

/** The parent a route status entry is about, with every defaulted field filled in. */
export interface StatusParentRef {
  group: string;
  kind: string;
  namespace: string;
  name: string;
  sectionName?: string;
  port?: number;
}

export interface ParentStatus {
  parentRef: StatusParentRef;
  conditions: Condition[];
}

/** The status preview of one Gateway, ListenerSet or route (the CLI's `status` contract). */
export interface ResourceStatus {
  resource: StatusResource;
  conditions: Condition[];
  listeners?: ListenerStatus[];
  parents?: ParentStatus[];
  /** Gateways: the ListenerSets attached with at least one valid listener. */
  attachedListenerSets?: number;
  /** Policies (BackendTLSPolicy): their status per ancestor (the Gateways routes reach them by). */
  ancestors?: AncestorStatus[];
}

/** A policy's status for one ancestor, as `status.ancestors[]` of the Gateway API policies. */
export interface AncestorStatus {
  ancestorRef: StatusParentRef;
  conditions: Condition[];
}

/**
 * What a rule finds, before it is placed in a file. Ranges are computed at the end because a
 * resource object is reused across edits while its position in the file may move.
 */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  resource: Resource;
  path: FieldPath;
  istioCode?: string;
}
