import { perResource } from '../support/memo.ts';
import type { FieldPath } from '../../diagnostics.ts';
import { CORE_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { asNumber, asString, field, objectsOf, type PlainObject } from '../support/values.ts';

/** A backend a route sends traffic (or mirrored traffic) to, defaults applied. */
export interface BackendRef {
  group: string;
  kind: string;
  namespace: string;
  name: string;
  port: number | undefined;
  /** As written; the spec's default is 1. */
  weight: number;
  ruleIndex: number;
  path: FieldPath;
  mirror: boolean;
}

function toBackend(
  route: Resource,
  item: PlainObject,
  ruleIndex: number,
  path: FieldPath,
  mirror: boolean,
): BackendRef {
  return {
    group: asString(item['group']) ?? CORE_GROUP,
    kind: asString(item['kind']) ?? 'Service',
    namespace: asString(item['namespace']) ?? route.namespace ?? '',
    name: asString(item['name']) ?? '',
    port: asNumber(item['port']),
    weight: asNumber(item['weight']) ?? 1,
    ruleIndex,
    path,
    mirror,
  };
}

/** Every backendRef of a route: rule backends and RequestMirror filter targets. */
function readBackendRefsOf(route: Resource): BackendRef[] {
  const out: BackendRef[] = [];
  for (const { item: rule, index: r } of objectsOf(field(route.value, 'spec', 'rules'))) {
    const rulePath = ['spec', 'rules', r];
    for (const { item, index } of objectsOf(rule['backendRefs'])) {
      out.push(toBackend(route, item, r, [...rulePath, 'backendRefs', index], false));
    }
    for (const { item: filter, index } of objectsOf(rule['filters'])) {
      const target = field(filter, 'requestMirror', 'backendRef');
      if (target === undefined || target === null || typeof target !== 'object') continue;
      const path = [...rulePath, 'filters', index, 'requestMirror', 'backendRef'];
      out.push(toBackend(route, target as PlainObject, r, path, true));
    }
  }
  return out;
}

/** backendRefsOf, read once per resource object. */
export const backendRefsOf = perResource(readBackendRefsOf);
