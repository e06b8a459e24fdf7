/** Which schema describes each group, kind and version Route Studio knows. */
import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP, ROUTE_STUDIO_GROUP } from '../model/kinds.ts';
import { configMap, secret } from './core/secret.ts';
import { namespace } from './core/namespace.ts';
import { service } from './core/service.ts';
import type { ObjectSchema } from './dsl.ts';
import { backendTlsPolicy } from './gateway-api/backendtlspolicy.ts';
import { gateway } from './gateway-api/gateway.ts';
import { gatewayClass } from './gateway-api/gatewayclass.ts';
import { grpcRoute } from './gateway-api/grpcroute.ts';
import { httpRoute } from './gateway-api/httproute.ts';
import { listenerSet } from './gateway-api/listenerset.ts';
import { referenceGrant } from './gateway-api/referencegrant.ts';
import { tcpRoute } from './gateway-api/tcproute.ts';
import { tlsRoute } from './gateway-api/tlsroute.ts';
import { udpRoute } from './gateway-api/udproute.ts';
import { destinationRule } from './istio/destinationrule.ts';
import { istioGateway } from './istio/gateway.ts';
import { serviceEntry } from './istio/serviceentry.ts';
import { virtualService } from './istio/virtualservice.ts';
import {
  EXPERIMENTAL_ONLY,
  isAvailable,
  since,
  type Availability,
  type GatewayApiTarget,
} from './gateway-api/target.ts';
import { routingTests } from './route-studio/routing-tests.ts';

export interface KindSchema {
  group: string;
  kind: string;
  version: string;
  apiVersion: string;
  schema: ObjectSchema;
  /** The Gateway API releases and channels that serve this version (all when absent). */
  channels?: Availability;
}

/** A served version, with the releases and channels that serve it when not all do. */
type Version = string | readonly [string, Availability];

type Factory = (apiVersion: string, version: string) => ObjectSchema;

/**
 * Served versions, newest first, as the reference CRDs list them (v1.6: the CRDs on disk), with
 * the releases that first served them from the release notes: ListenerSet, TLSRoute v1 and
 * ReferenceGrant v1 came in v1.5, TCPRoute and UDPRoute v1 in v1.6; the alpha versions are served
 * by the experimental CRDs only.
 */
const TABLE: readonly [string, string, readonly Version[], Factory][] = [
  [GATEWAY_GROUP, 'GatewayClass', ['v1', 'v1beta1'], gatewayClass],
  [GATEWAY_GROUP, 'Gateway', ['v1', 'v1beta1'], gateway],
  [GATEWAY_GROUP, 'ListenerSet', [['v1', since('v1.5')]], listenerSet],
  [GATEWAY_GROUP, 'HTTPRoute', ['v1', 'v1beta1'], httpRoute],
  [GATEWAY_GROUP, 'GRPCRoute', ['v1'], grpcRoute],
  [
    GATEWAY_GROUP,
    'TLSRoute',
    [
      ['v1', since('v1.5')],
      ['v1alpha3', EXPERIMENTAL_ONLY],
      ['v1alpha2', EXPERIMENTAL_ONLY],
    ],
    tlsRoute,
  ],
  [
    GATEWAY_GROUP,
    'TCPRoute',
    [
      ['v1', since('v1.6')],
      ['v1alpha2', EXPERIMENTAL_ONLY],
    ],
    tcpRoute,
  ],
  [
    GATEWAY_GROUP,
    'UDPRoute',
    [
      ['v1', since('v1.6')],
      ['v1alpha2', EXPERIMENTAL_ONLY],
    ],
    udpRoute,
  ],
  [GATEWAY_GROUP, 'ReferenceGrant', ['v1beta1', ['v1', since('v1.5')]], referenceGrant],
  [GATEWAY_GROUP, 'BackendTLSPolicy', ['v1', ['v1alpha3', EXPERIMENTAL_ONLY]], backendTlsPolicy],
  [ISTIO_GROUP, 'Gateway', ['v1', 'v1beta1', 'v1alpha3'], istioGateway],
  [ISTIO_GROUP, 'VirtualService', ['v1', 'v1beta1', 'v1alpha3'], virtualService],
  [ISTIO_GROUP, 'DestinationRule', ['v1', 'v1beta1', 'v1alpha3'], destinationRule],
  [ISTIO_GROUP, 'ServiceEntry', ['v1', 'v1beta1', 'v1alpha3'], serviceEntry],
  [CORE_GROUP, 'Service', ['v1'], service],
  [CORE_GROUP, 'Secret', ['v1'], secret],
  [CORE_GROUP, 'ConfigMap', ['v1'], configMap],
  [CORE_GROUP, 'Namespace', ['v1'], namespace],
  [ROUTE_STUDIO_GROUP, 'RoutingTests', ['v1alpha1'], routingTests],
];

let entries: KindSchema[] | undefined;

/** Every known kind and version with its schema, built once on first use. */
export function kindSchemas(): readonly KindSchema[] {
  entries ??= TABLE.flatMap(([group, kind, versions, build]) =>
    versions.map((entry) => {
      const [version, channels] = typeof entry === 'string' ? [entry, undefined] : entry;
      const apiVersion = group === CORE_GROUP ? version : `${group}/${version}`;
      const schema = build(apiVersion, version);
      return { group, kind, version, apiVersion, schema, ...(channels ? { channels } : {}) };
    }),
  );
  return entries;
}

/** The schema of a group/kind/version, if Route Studio knows it. */
export function schemaFor(group: string, kind: string, version: string): KindSchema | undefined {
  return kindSchemas().find((e) => e.group === group && e.kind === kind && e.version === version);
}

/**
 * The versions of a kind that have a schema, newest first (empty for unknown kinds); with a
 * target, only those its CRDs serve.
 */
export function servedVersions(group: string, kind: string, target?: GatewayApiTarget): string[] {
  return kindSchemas()
    .filter((e) => e.group === group && e.kind === kind)
    .filter((e) => target === undefined || isAvailable(e.channels, target))
    .map((e) => e.version);
}

/** Where any version of a kind is served: undefined when every release serves one. */
export function kindChannels(group: string, kind: string): Availability | undefined {
  const entries = kindSchemas().filter((e) => e.group === group && e.kind === kind);
  if (entries.some((e) => e.channels === undefined)) return undefined;
  const first = (channel: 'standard' | 'experimental') =>
    entries
      .map((e) => e.channels![channel])
      .filter((v) => v !== undefined)
      .sort()[0];
  return { standard: first('standard'), experimental: first('experimental') };
}
