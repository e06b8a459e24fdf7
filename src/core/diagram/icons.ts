import type { GraphNode } from '../graph/types.ts';
import { ISTIO_GROUP } from '../model/kinds.ts';

/**
 * Line icons (24×24, drawn with a 2 px round stroke and no fill) for kinds, chips and
 * severities. Drawn as SVG paths on the canvas and in the exported diagram alike, so nothing
 * depends on an emoji font being installed.
 */
export const ICONS = {
  gateway: 'M4 20V9l8-5 8 5v11M9 20v-6h6v6',
  istioGateway: 'M3 18h18M5 18l2-9h10l2 9M12 9V4l5 3-5 2',
  route: 'M3 12h6M9 12l4-5h7M9 12l4 5h7M17 4l3 3-3 3M17 14l3 3-3 3',
  streamRoute: 'M3 8h16M16 5l3 3-3 3M3 16h16M16 13l3 3-3 3',
  virtualService: 'M3 12h5M8 12c3 0 3-6 7-6h5M8 12c3 0 3 6 7 6h5',
  destinationRule: 'M12 4v16M8 20h8M5 7h14M5 7l-3 6h6zM19 7l-3 6h6z',
  service: 'M12 3l8 4.5v9L12 21l-8-4.5v-9zM12 12l8-4.5M12 12v9M12 12L4 7.5',
  gatewayClass: 'M4 7l8-4 8 4-8 4zM4 12l8 4 8-4M4 17l8 4 8-4',
  referenceGrant: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM8.5 12l2.5 2.5 4.5-5',
  secret: 'M6 11h12v9H6zM8 11V8a4 4 0 0 1 8 0v3M12 15v2',
  configMap: 'M6 3h9l3 3v15H6zM9 10h6M9 14h6M9 18h4',
  policy: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM12 8v5M12 16v.5',
  namespace: 'M4 8V4h4M16 4h4v4M20 16v4h-4M8 20H4v-4',
  mesh: 'M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h6v6h-6z',
  plain: 'M5 5h14v14H5z',
  missing:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.7M12 17v.5',
  attached: 'M20 12H6M10 8l-4 4 4 4',
  expand: 'M14 4h6v6M10 20H4v-6M20 4l-7 7M4 20l7-7',
  collapse: 'M4 14h6v6M20 10h-6V4M10 14l-7 7M14 10l7-7',
  error: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M9 9l6 6M15 9l-6 6',
  warning: 'M12 4l9 16H3zM12 10v4M12 17v.5',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M12 11v6M12 7.5V8',
  lock: 'M6 11h12v9H6zM8 11V8a4 4 0 0 1 8 0v3',
  unlock: 'M6 11h12v9H6zM8 11V8a4 4 0 0 1 7.5-2',
} as const;

export type IconName = keyof typeof ICONS;

const KIND_ICONS: Readonly<Record<string, IconName>> = {
  Gateway: 'gateway',
  ListenerSet: 'gateway',
  HTTPRoute: 'route',
  GRPCRoute: 'route',
  TLSRoute: 'streamRoute',
  TCPRoute: 'streamRoute',
  UDPRoute: 'streamRoute',
  VirtualService: 'virtualService',
  DestinationRule: 'destinationRule',
  Service: 'service',
  GatewayClass: 'gatewayClass',
  ReferenceGrant: 'referenceGrant',
  Secret: 'secret',
  ConfigMap: 'configMap',
  BackendTLSPolicy: 'policy',
  Namespace: 'namespace',
};

/** The icon of a kind (Istio's Gateway has its own; unknown kinds a plain square). */
export function iconOfKind(group: string, kind: string): IconName {
  if (group === ISTIO_GROUP && kind === 'Gateway') return 'istioGateway';
  return KIND_ICONS[kind] ?? 'plain';
}

/** The icon of a node: its kind's, the mesh's, or a question mark for a missing object. */
export function iconOf(node: Pick<GraphNode, 'type' | 'group' | 'kind'>): IconName {
  if (node.type === 'mesh') return 'mesh';
  if (node.type === 'missing') return 'missing';
  return iconOfKind(node.group, node.kind);
}
