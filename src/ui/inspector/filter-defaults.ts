import type { YamlValue } from '../../core/commands/types.ts';
import type { Resource } from '../../core/model/resource.ts';
import { asList, asRecord, getIn, text, type Json } from '../canvas/read-value.ts';

type Filter = { readonly [key: string]: YamlValue };

/** The filters the inspector offers per route kind (GRPCRoute has no redirect or rewrite). */
export const FILTER_TYPES: Readonly<Record<string, readonly string[]>> = {
  HTTPRoute: [
    'RequestHeaderModifier',
    'ResponseHeaderModifier',
    'RequestRedirect',
    'URLRewrite',
    'RequestMirror',
  ],
  GRPCRoute: ['RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestMirror'],
};

/** The field of a filter holding its settings, by type (`requestRedirect` for RequestRedirect). */
export function filterField(type: string): string {
  return type === 'URLRewrite' ? 'urlRewrite' : type.charAt(0).toLowerCase() + type.slice(1);
}

/** A backendRef to a Service as written from `namespace`, with its first port. */
export function serviceRef(service: Resource, namespace: string | undefined): Filter {
  const port = getIn(service.value, ['spec', 'ports', 0, 'port']);
  return {
    name: service.name,
    ...(service.namespace !== namespace && service.namespace
      ? { namespace: service.namespace }
      : {}),
    ...(typeof port === 'number' ? { port } : {}),
  };
}

/**
 * A new filter of `type` for a rule, with settings that are valid as they are: an HTTPS
 * redirect, a prefix rewrite (full-path when the rule has non-prefix matches), a mirror to the
 * first Service the rule does not already send to. A reason instead when it cannot be added.
 */
export function newFilter(
  type: string,
  rule: Json,
  services: readonly Resource[],
  namespace: string | undefined,
): Filter | { reason: string } {
  const types = asList(asRecord(rule).filters).map((f) => text(asRecord(f).type));
  if (type !== 'RequestMirror' && types.includes(type))
    return { reason: `The rule already has a ${type} filter; edit that one.` };
  const redirecting = types.includes('RequestRedirect') || type === 'RequestRedirect';
  if (redirecting && (types.includes('URLRewrite') || type === 'URLRewrite'))
    return { reason: 'A rule cannot both redirect and rewrite; remove the other filter first.' };
  switch (type) {
    case 'RequestHeaderModifier':
    case 'ResponseHeaderModifier':
      return { type, [filterField(type)]: { set: [{ name: 'x-example', value: 'value' }] } };
    case 'RequestRedirect':
      if (asList(asRecord(rule).backendRefs).length > 0)
        return {
          reason:
            'A redirect answers the request itself, so its rule cannot have backends: add a rule for the redirect, or remove the backends first.',
        };
      return { type, requestRedirect: { scheme: 'https', statusCode: 301 } };
    case 'URLRewrite': {
      const matches = asList(asRecord(rule).matches);
      const prefixOnly =
        matches.length > 0 &&
        matches.every((m) => (text(getIn(m, ['path', 'type'])) || 'PathPrefix') === 'PathPrefix');
      const path: Filter = prefixOnly
        ? { type: 'ReplacePrefixMatch', replacePrefixMatch: '/' }
        : { type: 'ReplaceFullPath', replaceFullPath: '/' };
      return { type, urlRewrite: { path } };
    }
    case 'RequestMirror': {
      const sent = new Set(asList(asRecord(rule).backendRefs).map((b) => text(asRecord(b).name)));
      const target = services.find((s) => !sent.has(s.name)) ?? services[0];
      if (!target) return { reason: 'Add a Service to mirror to first.' };
      return { type, requestMirror: { backendRef: serviceRef(target, namespace) } };
    }
    default:
      return { reason: `${type} filters are not supported here.` };
  }
}
