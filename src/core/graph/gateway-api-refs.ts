import { GATEWAY_GROUP } from '../model/kinds.ts';
import type { TargetRef } from '../traffic/backend-ref.ts';
import { gatewayRouteRules } from '../traffic/gateway-rules.ts';
import type { HttpFilter } from '../traffic/http-filters.ts';
import { GATEWAY_API_DEFAULT_WEIGHT } from '../traffic/split.ts';
import { target, type ExtractCollector, type Target } from './extract-types.ts';
import { readObjectRef } from './object-ref.ts';
import { at, list, num, record, text } from './read.ts';

/** Reads a route: parentRefs, one part per rule, its backends and mirror targets (with shares). */
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
  for (const rule of gatewayRouteRules(c.resource)) {
    const id = c.part(
      'rule',
      `rule/${rule.index}`,
      rule.name ?? `rule ${rule.index}`,
      rule.path,
      rule.index,
    );
    for (const backend of rule.backends) {
      // The edge keeps the weight as written (default 1; a non-number has none).
      const weight =
        backend.written === undefined ? GATEWAY_API_DEFAULT_WEIGHT : num(backend.written);
      c.object(id, 'backend', backendTarget(backend), backend.path, weight, backend.share);
      extractMirrors(c, id, backend.filters);
    }
    extractMirrors(c, id, rule.filters);
  }
}

/** RequestMirror filters (HTTPRoute, GRPCRoute) at rule level or inside a backendRef. */
function extractMirrors(c: ExtractCollector, from: string, filters: readonly HttpFilter[]) {
  for (const filter of filters) {
    if (filter.type !== 'RequestMirror') continue;
    const { mirror } = filter;
    c.object(from, 'mirror', backendTarget(mirror), mirror.path, undefined, mirror.fraction);
  }
}

function backendTarget(ref: TargetRef): Target | undefined {
  return ref.name === undefined ? undefined : target(ref.group, ref.kind, ref.namespace, ref.name);
}
