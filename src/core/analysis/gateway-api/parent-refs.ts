import { perResource } from '../support/memo.ts';
import type { FieldPath } from '../../diagnostics.ts';
import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { asNumber, asString, field, objectsOf } from '../support/values.ts';
import type { StatusParentRef } from '../types.ts';

/** One `spec.parentRefs[]` entry of a route, defaults applied. */
export interface ParentRef extends StatusParentRef {
  index: number;
  path: FieldPath;
}

function readParentRefsOf(route: Resource): ParentRef[] {
  return objectsOf(field(route.value, 'spec', 'parentRefs')).map(({ item, index }) => {
    const ref: ParentRef = {
      group: asString(item['group']) ?? GATEWAY_GROUP,
      kind: asString(item['kind']) ?? 'Gateway',
      namespace: asString(item['namespace']) ?? route.namespace ?? '',
      name: asString(item['name']) ?? '',
      index,
      path: ['spec', 'parentRefs', index],
    };
    const sectionName = asString(item['sectionName']);
    const port = asNumber(item['port']);
    if (sectionName !== undefined) ref.sectionName = sectionName;
    if (port !== undefined) ref.port = port;
    return ref;
  });
}

/** parentRefsOf, read once per resource object. */
export const parentRefsOf = perResource(readParentRefsOf);

/** The parentRef as the status contract prints it (without the source position). */
export function statusParentRef(ref: ParentRef): StatusParentRef {
  const { index: _index, path: _path, ...printed } = ref;
  return printed;
}

export function describeParent(ref: StatusParentRef): string {
  const section = ref.sectionName !== undefined ? `, listener ${ref.sectionName}` : '';
  const port = ref.port !== undefined ? `, port ${ref.port}` : '';
  return `${ref.kind} ${ref.namespace}/${ref.name}${section}${port}`;
}
