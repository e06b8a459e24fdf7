import type { FieldPath } from '../diagnostics.ts';
import { CORE_GROUP, GATEWAY_GROUP } from '../model/kinds.ts';
import type { ExtractCollector } from './extract-types.ts';
import { readObjectRef } from './object-ref.ts';
import { at, list, num, record, text } from './read.ts';

/** Kinds with `spec.parentRefs` and `spec.rules[].backendRefs`. */
export const ROUTE_KINDS: ReadonlySet<string> = new Set([
  'HTTPRoute',
  'GRPCRoute',
  'TCPRoute',
  'TLSRoute',
  'UDPRoute',
]);

/** Reads a route: parentRefs, one part per rule, its backends and mirror targets. */
export function extractRoute(c: ExtractCollector): void {
  const spec = record(c.resource.value.spec);
  const key = c.resource.key;
  list(spec?.parentRefs).forEach((value, i) => {
    const to = readObjectRef(value, {
      group: GATEWAY_GROUP,
      kind: 'Gateway',
      namespace: c.namespace,
    });
    if (!to) return;
    const sectionName = text(at(value, 'sectionName'));
    const port = num(at(value, 'port'));
    c.ref({
      via: 'parent',
      from: key,
      target: to,
      path: ['spec', 'parentRefs', i],
      ...(sectionName === undefined ? {} : { sectionName }),
      ...(port === undefined ? {} : { port }),
    });
  });
  list(spec?.rules).forEach((rule, i) => {
    const rulePath = ['spec', 'rules', i];
    const id = c.part('rule', `rule/${i}`, text(at(rule, 'name')) ?? `rule ${i}`, rulePath, i);
    list(at(rule, 'backendRefs')).forEach((backend, j) => {
      const backendPath = [...rulePath, 'backendRefs', j];
      const written = at(backend, 'weight');
      // Gateway API: an omitted weight is 1; a non-number is invalid and has no weight.
      const weight = written === undefined ? 1 : num(written);
      c.object(id, 'backend', backendTarget(c, backend), backendPath, weight);
      extractMirrors(c, id, at(backend, 'filters'), backendPath);
    });
    extractMirrors(c, id, at(rule, 'filters'), rulePath);
  });
}

/** RequestMirror filters (HTTPRoute, GRPCRoute) at rule level or inside a backendRef. */
function extractMirrors(c: ExtractCollector, from: string, filters: unknown, base: FieldPath) {
  list(filters).forEach((filter, k) => {
    const backendRef = at(filter, 'requestMirror', 'backendRef');
    c.object(from, 'mirror', backendTarget(c, backendRef), [
      ...base,
      'filters',
      k,
      'requestMirror',
      'backendRef',
    ]);
  });
}

function backendTarget(c: ExtractCollector, value: unknown) {
  return readObjectRef(value, { group: CORE_GROUP, kind: 'Service', namespace: c.namespace });
}
