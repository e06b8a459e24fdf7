import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { hostnamesIntersect } from '../support/hostnames.ts';
import { asString, field, objectsOf } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { serversOf } from './istio-gateway.ts';
import { vsHosts } from './virtual-service.ts';

/**
 * The hosts of an Istio Gateway's servers that VirtualServices of `namespace` may bind
 * (istioctl's sanitizeServerHostNamespace and host.NamesForNamespace): `./h` is the Gateway's
 * namespace, `*\/h` any, `ns/h` only `ns`; a bare host any.
 */
function istioServerHosts(gateway: Resource, namespace: string): string[] {
  return serversOf(gateway)
    .flatMap((s) => s.hosts)
    .filter((h) => h.namespace === '*' || h.namespace === namespace)
    .map((h) => h.host);
}

/** A Gateway API Gateway's listener hostnames; undefined when a listener takes any host. */
function listenerHostnames(gateway: Resource): string[] | undefined {
  const listeners = objectsOf(field(gateway.value, 'spec', 'listeners'));
  const hostnames = listeners.map(({ item }) => asString(item['hostname']) ?? '');
  return hostnames.includes('') ? undefined : hostnames;
}

/**
 * IST0132 for one bound gateway, as istioctl reports it: when none of the VirtualService's hosts
 * matches any host the gateway serves for its namespace (wildcards intersect).
 */
export function hostsNotInGateway(
  vs: Resource,
  gateway: Resource,
): Omit<Finding, 'resource' | 'path'> | undefined {
  const hosts = vsHosts(vs);
  const served =
    gateway.group === GATEWAY_GROUP
      ? listenerHostnames(gateway)
      : istioServerHosts(gateway, vs.namespace ?? '');
  if (served === undefined || hosts.some((h) => served.some((s) => hostnamesIntersect(s, h)))) {
    return undefined;
  }
  return {
    code: 'vs-host-not-in-gateway',
    severity: 'warning',
    message: `one or more host [${hosts.join(' ')}] defined in VirtualService ${vs.namespace}/${vs.name} not found in Gateway ${gateway.namespace}/${gateway.name}. It serves ${served.join(', ') || 'no host'} for namespace ${vs.namespace}, so this VirtualService gets no traffic there.`,
    istioCode: 'IST0132',
  };
}
