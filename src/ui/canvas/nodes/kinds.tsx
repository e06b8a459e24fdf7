import type { NodeProps, NodeTypes } from '@xyflow/react';
import { memo } from 'react';
import type { CanvasNode, CanvasNodeType } from '../flow-types.ts';
import { NodeFrame } from './NodeFrame.tsx';

type Props = NodeProps<CanvasNode>;

/** Gateway API Gateway or ListenerSet: one row per listener (protocol, port, hostname). */
const GatewayNode = memo((props: Props) => <NodeFrame {...props} variant="gateway" />);
/** HTTPRoute / GRPCRoute: hostnames, then one row per rule (matches, filters → backends). */
const RouteNode = memo((props: Props) => <NodeFrame {...props} variant="route" />);
/** TCPRoute / TLSRoute / UDPRoute: one row per rule (→ backends). */
const StreamRouteNode = memo((props: Props) => <NodeFrame {...props} variant="stream-route" />);
/** Service: its ports. */
const ServiceNode = memo((props: Props) => <NodeFrame {...props} variant="service" />);
/** Istio Gateway: one row per server. */
const IstioGatewayNode = memo((props: Props) => <NodeFrame {...props} variant="istio-gateway" />);
/** VirtualService: hosts, then its http/tcp/tls routes in order (Istio matches in order). */
const VirtualServiceNode = memo((props: Props) => (
  <NodeFrame {...props} variant="virtual-service" />
));
/** DestinationRule: its host and one row per subset. */
const DestinationRuleNode = memo((props: Props) => (
  <NodeFrame {...props} variant="destination-rule" />
));
/** A GatewayClass expanded from its chip. */
const GatewayClassNode = memo((props: Props) => <NodeFrame {...props} variant="gateway-class" />);
/** A ReferenceGrant expanded from its chip (or with nothing to sit on). */
const ReferenceGrantNode = memo((props: Props) => (
  <NodeFrame {...props} variant="reference-grant" />
));
/** Any other kind (Secrets, policies, unknown kinds): name and namespace only. */
const PlainNode = memo((props: Props) => <NodeFrame {...props} variant="plain" />);
/** A referenced object the design lacks: dashed and faded. */
const GhostNode = memo((props: Props) => <NodeFrame {...props} variant="ghost" />);

/** Node components by canvas node type (module scope: React Flow must get a stable object). */
export const nodeTypes = {
  gateway: GatewayNode,
  route: RouteNode,
  streamRoute: StreamRouteNode,
  service: ServiceNode,
  istioGateway: IstioGatewayNode,
  virtualService: VirtualServiceNode,
  destinationRule: DestinationRuleNode,
  gatewayClass: GatewayClassNode,
  referenceGrant: ReferenceGrantNode,
  plain: PlainNode,
  ghost: GhostNode,
} satisfies Record<CanvasNodeType, unknown> satisfies NodeTypes;
