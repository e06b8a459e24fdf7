/** Which schema describes each group, kind and version Route Studio knows. */
import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP } from '../model/kinds.ts';
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

export interface KindSchema {
  group: string;
  kind: string;
  version: string;
  apiVersion: string;
  schema: ObjectSchema;
}

type Factory = (apiVersion: string, version: string) => ObjectSchema;

/** Served versions, newest first, as the reference CRDs list them. */
const TABLE: readonly [string, string, readonly string[], Factory][] = [
  [GATEWAY_GROUP, 'GatewayClass', ['v1', 'v1beta1'], gatewayClass],
  [GATEWAY_GROUP, 'Gateway', ['v1', 'v1beta1'], gateway],
  [GATEWAY_GROUP, 'ListenerSet', ['v1'], listenerSet],
  [GATEWAY_GROUP, 'HTTPRoute', ['v1', 'v1beta1'], httpRoute],
  [GATEWAY_GROUP, 'GRPCRoute', ['v1'], grpcRoute],
  [GATEWAY_GROUP, 'TLSRoute', ['v1', 'v1alpha3', 'v1alpha2'], tlsRoute],
  [GATEWAY_GROUP, 'TCPRoute', ['v1', 'v1alpha2'], tcpRoute],
  [GATEWAY_GROUP, 'UDPRoute', ['v1', 'v1alpha2'], udpRoute],
  [GATEWAY_GROUP, 'ReferenceGrant', ['v1beta1', 'v1'], referenceGrant],
  [GATEWAY_GROUP, 'BackendTLSPolicy', ['v1', 'v1alpha3'], backendTlsPolicy],
  [ISTIO_GROUP, 'Gateway', ['v1', 'v1beta1', 'v1alpha3'], istioGateway],
  [ISTIO_GROUP, 'VirtualService', ['v1', 'v1beta1', 'v1alpha3'], virtualService],
  [ISTIO_GROUP, 'DestinationRule', ['v1', 'v1beta1', 'v1alpha3'], destinationRule],
  [ISTIO_GROUP, 'ServiceEntry', ['v1', 'v1beta1', 'v1alpha3'], serviceEntry],
  [CORE_GROUP, 'Service', ['v1'], service],
  [CORE_GROUP, 'Secret', ['v1'], secret],
  [CORE_GROUP, 'ConfigMap', ['v1'], configMap],
  [CORE_GROUP, 'Namespace', ['v1'], namespace],
];

let entries: KindSchema[] | undefined;

/** Every known kind and version with its schema, built once on first use. */
export function kindSchemas(): readonly KindSchema[] {
  entries ??= TABLE.flatMap(([group, kind, versions, build]) =>
    versions.map((version) => {
      const apiVersion = group === CORE_GROUP ? version : `${group}/${version}`;
      return { group, kind, version, apiVersion, schema: build(apiVersion, version) };
    }),
  );
  return entries;
}

/** The schema of a group/kind/version, if Route Studio knows it. */
export function schemaFor(group: string, kind: string, version: string): KindSchema | undefined {
  return kindSchemas().find((e) => e.group === group && e.kind === kind && e.version === version);
}

/** The versions of a kind that have a schema, newest first (empty for unknown kinds). */
export function servedVersions(group: string, kind: string): string[] {
  return kindSchemas()
    .filter((e) => e.group === group && e.kind === kind)
    .map((e) => e.version);
}
