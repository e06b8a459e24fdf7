import { CORE_GROUP, GATEWAY_GROUP, GATEWAY_ROUTE_KINDS, ISTIO_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import { ExtractCollector, type ResourceExtract } from './extract-types.ts';
import { extractRoute } from './gateway-api-refs.ts';
import { extractGateway, extractListenerSet } from './gateway-listeners.ts';
import { extractBackendTlsPolicy, extractReferenceGrant } from './gateway-policies.ts';
import {
  extractDestinationRule,
  extractIstioGateway,
  extractService,
  extractServiceEntry,
  extractVirtualService,
} from './istio-refs.ts';

type Extractor = (c: ExtractCollector) => void;

const EXTRACTORS = new Map<string, Extractor>([
  [`${GATEWAY_GROUP}/Gateway`, extractGateway],
  [`${GATEWAY_GROUP}/ListenerSet`, extractListenerSet],
  [`${GATEWAY_GROUP}/ReferenceGrant`, extractReferenceGrant],
  [`${GATEWAY_GROUP}/BackendTLSPolicy`, extractBackendTlsPolicy],
  ...GATEWAY_ROUTE_KINDS.map((kind) => [`${GATEWAY_GROUP}/${kind}`, extractRoute] as const),
  [`${ISTIO_GROUP}/VirtualService`, extractVirtualService],
  [`${ISTIO_GROUP}/DestinationRule`, extractDestinationRule],
  [`${ISTIO_GROUP}/Gateway`, extractIstioGateway],
  [`${ISTIO_GROUP}/ServiceEntry`, extractServiceEntry],
  [`${CORE_GROUP}/Service`, extractService],
]);

/** Reads one resource's nodes and outgoing references, independent of the rest of the design. */
export function extractResource(resource: Resource): ResourceExtract {
  const collector = new ExtractCollector(resource);
  EXTRACTORS.get(`${resource.group}/${resource.kind}`)?.(collector);
  return collector.extract;
}

/**
 * A per-resource memo of {@link extractResource}. Resources are immutable and an edit keeps
 * the untouched ones, so after an edit only the re-parsed resources are read again.
 */
export function createExtractCache(): (resource: Resource) => ResourceExtract {
  const cache = new WeakMap<Resource, ResourceExtract>();
  return (resource) => {
    let extract = cache.get(resource);
    if (!extract) {
      extract = extractResource(resource);
      cache.set(resource, extract);
    }
    return extract;
  };
}
