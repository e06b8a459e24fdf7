/** `backendRefs`: where a route sends traffic (Services by default). */
import { cel, extend, int, list, obj, type ListSchema, type Schema } from '../dsl.ts';
import { group, kind, namespace, objectName, portNumber } from './common.ts';

const servicePortRule = cel(
  'backend-service-port',
  'Must have port for Service reference',
  (ref) => !(ref.group === '' && ref.kind === 'Service') || ref.port !== undefined,
);

/** A reference to a backend object; a Service needs a port. */
export const backendObjectReference = obj(
  {
    group: group('API group of the backend; empty for core Services.', ''),
    kind: kind('Kind of the backend.', 'Service'),
    name: objectName('Name of the backend.'),
    namespace: namespace('Namespace of the backend; a ReferenceGrant is needed across namespaces.'),
    port: portNumber('Destination port on the backend; required for a Service.'),
  },
  { title: 'BackendObjectReference', required: ['name'], rules: [servicePortRule] },
);

const weight = int({
  description: 'Share of traffic for this backend, relative to the other backends of the rule.',
  minimum: 0,
  maximum: 1000000,
  default: 1,
});

/** A weighted backend; `filters` (HTTP and gRPC routes) apply only to traffic sent to it. */
export function backendRefs(
  filters?: Schema,
  o: { minItems?: number; title?: string } = {},
): ListSchema {
  const props: Record<string, Schema> = { weight };
  if (filters) props.filters = filters;
  return list(extend(backendObjectReference, props, { title: o.title ?? 'BackendRef' }), {
    description: 'Backends that receive the matched traffic, split by weight.',
    maxItems: 16,
    minItems: o.minItems,
    listType: 'atomic',
  });
}
