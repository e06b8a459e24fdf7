import { GATEWAY_GROUP } from '../../model/kinds.ts';
import type { AnalysisContext } from './context.ts';
import { asString, field, objectsOf } from './values.ts';

export interface ReferenceEnd {
  group: string;
  kind: string;
  namespace: string;
}

/**
 * Whether a reference from an object in one namespace to an object in another is allowed: same
 * namespace, or a ReferenceGrant in the target's namespace lists the source (group, kind,
 * namespace) in `from` and the target (group, kind, and name when given) in `to`.
 */
export function referencePermitted(
  ctx: AnalysisContext,
  from: ReferenceEnd,
  to: ReferenceEnd & { name: string },
): boolean {
  if (from.namespace === to.namespace) return true;
  return ctx.ofKind(GATEWAY_GROUP, 'ReferenceGrant').some((grant) => {
    if (grant.namespace !== to.namespace) return false;
    const fromOk = objectsOf(field(grant.value, 'spec', 'from')).some(
      ({ item }) =>
        (asString(item['group']) ?? '') === from.group &&
        asString(item['kind']) === from.kind &&
        asString(item['namespace']) === from.namespace,
    );
    const toOk = objectsOf(field(grant.value, 'spec', 'to')).some(({ item }) => {
      const name = asString(item['name']);
      return (
        (asString(item['group']) ?? '') === to.group &&
        asString(item['kind']) === to.kind &&
        (name === undefined || name === '' || name === to.name)
      );
    });
    return fromOk && toOk;
  });
}
