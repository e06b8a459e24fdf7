import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import type { Finding, ResourceStatus } from '../types.ts';
import { attachToParent } from './attachment.ts';
import { backendTlsPolicyStatus } from './backend-tls-policies.ts';
import { resolveBackends } from './backends.ts';
import { gatewayClassStatus, gatewayStatus, listenerSetStatus } from './gateway-status.ts';
import { ROUTE_KINDS, type Listener } from './listeners.ts';
import { parentRefsOf, statusParentRef } from './parent-refs.ts';
import { buildTopology, type Topology } from './topology.ts';

export interface GatewayApiAnalysis {
  findings: Finding[];
  status: ResourceStatus[];
  topology: Topology;
  /** The listeners each route attached to, per route key (the lint rules read this). */
  attachments: Map<string, Listener[]>;
}

/** Findings without repeats: listeners sharing a port read the Gateway's settings for it once each. */
function distinct(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.resource.key} ${f.code} ${f.path.join('.')} ${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One route's status, findings and the listeners it joined (each once). */
function routeAnalysis(ctx: AnalysisContext, topology: Topology, route: Resource) {
  const backends = resolveBackends(ctx, route);
  const findings: Finding[] = [...backends.findings];
  const joined: Listener[] = [];
  const parents = parentRefsOf(route).map((ref) => {
    const attachment = attachToParent(ctx, topology, route, ref);
    findings.push(...attachment.findings);
    for (const listener of attachment.listeners) {
      if (!joined.includes(listener)) joined.push(listener);
    }
    return {
      parentRef: statusParentRef(ref),
      conditions: [attachment.accepted, backends.condition],
    };
  });
  const status: ResourceStatus = {
    resource: { kind: route.kind, namespace: route.namespace, name: route.name },
    conditions: [],
    parents,
  };
  return { findings, joined, status };
}

/**
 * The status a conformant Gateway API controller would write for every Gateway, ListenerSet and
 * route of the design, with a finding for each condition that is not healthy.
 */
export function analyzeGatewayApi(ctx: AnalysisContext): GatewayApiAnalysis {
  // The listeners' judgement depends on Gateways, ListenerSets, Secrets and grants, not on routes:
  // kept while those are unchanged. Route counts are per analysis.
  const judged = ctx.memo('listener-topology', undefined, buildTopology);
  const topology: Topology = { ...judged, attachedRoutes: new Map() };
  const findings: Finding[] = [];
  const routeStatus: ResourceStatus[] = [];
  const attachments = new Map<string, Listener[]>();
  for (const kind of ROUTE_KINDS) {
    for (const route of ctx.ofKind(GATEWAY_GROUP, kind)) {
      const result = ctx.memo('route-status', route, (c) => routeAnalysis(c, judged, route), [
        judged,
      ]);
      findings.push(...result.findings);
      for (const listener of result.joined) {
        topology.attachedRoutes.set(listener, (topology.attachedRoutes.get(listener) ?? 0) + 1);
      }
      attachments.set(route.key, result.joined);
      routeStatus.push(result.status);
    }
  }
  const ownerStatus: ResourceStatus[] = [];
  for (const gatewayClass of ctx.ofKind(GATEWAY_GROUP, 'GatewayClass')) {
    const result = gatewayClassStatus(ctx, gatewayClass);
    ownerStatus.push(result.status);
    findings.push(...result.findings);
  }
  for (const gateway of ctx.ofKind(GATEWAY_GROUP, 'Gateway')) {
    const result = gatewayStatus(ctx, topology, gateway);
    ownerStatus.push(result.status);
    findings.push(...result.findings);
  }
  for (const set of ctx.ofKind(GATEWAY_GROUP, 'ListenerSet')) {
    const result = listenerSetStatus(ctx, topology, set);
    ownerStatus.push(result.status);
    findings.push(...result.findings);
  }
  const policies = backendTlsPolicyStatus(ctx);
  findings.push(...policies.findings);
  ownerStatus.push(...policies.status);
  return {
    findings: distinct(findings),
    status: [...ownerStatus, ...routeStatus],
    topology,
    attachments,
  };
}
