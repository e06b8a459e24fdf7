import { defaultApiVersion, defaultBody, uniqueName } from '../../core/commands/defaults.ts';
import type { Command, ObjectRef } from '../../core/commands/types.ts';
import type { Design } from '../../core/design/design.ts';
import { CORE_GROUP } from '../../core/model/kinds.ts';
import type { Resource } from '../../core/model/resource.ts';
import { asList, asRecord } from '../canvas/read-value.ts';

/**
 * The commands that add a new Service (unique name, the palette's default body) next to `from`,
 * in its namespace and the open file, then the one `reference` makes of a reference to it.
 */
export function withNewService(
  design: Design,
  file: string,
  from: Resource,
  reference: (service: ObjectRef) => Command,
): Command[] {
  const apiVersion = defaultApiVersion(CORE_GROUP, 'Service');
  const name = uniqueName(design, apiVersion, 'Service', 'service', true);
  const written = asRecord(from.value.metadata).namespace;
  const body = defaultBody(design, CORE_GROUP, 'Service', name, from.namespace ?? '');
  const port = asRecord(asList(asRecord(body.spec).ports)[0]).port;
  return [
    {
      type: 'addResource',
      file,
      apiVersion,
      kind: 'Service',
      name,
      ...(typeof written === 'string' ? { namespace: written } : {}),
    },
    reference({ name, ...(typeof port === 'number' ? { port } : {}) }),
  ];
}
