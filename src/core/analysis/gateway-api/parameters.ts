import { knownKinds } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { FieldPath } from '../../diagnostics.ts';
import type { AnalysisContext } from '../support/context.ts';
import { asObject, asString, field } from '../support/values.ts';
import type { Finding } from '../types.ts';

/**
 * Kinds that cannot be parameters: the routing objects Route Studio models (every known kind but
 * ConfigMap). Parameters are usually a ConfigMap or a kind of the implementation's own.
 */
const NOT_PARAMETERS = new Set(
  knownKinds()
    .filter((k) => k.kind !== 'ConfigMap')
    .map((k) => `${k.group}/${k.kind}`),
);

/**
 * Why a `parametersRef` is invalid (`Accepted=False/InvalidParameters`), or undefined when it names
 * an object of a parameters kind that is in the design. A GatewayClass's may name a namespace; a
 * Gateway's (`spec.infrastructure.parametersRef`) is in the Gateway's own namespace.
 */
export function invalidParameters(
  ctx: AnalysisContext,
  owner: Resource,
  path: FieldPath,
): Finding | undefined {
  const ref = asObject(field(owner.value, ...path.map(String)));
  if (!ref) return undefined;
  const group = asString(ref['group']) ?? '';
  const kind = asString(ref['kind']) ?? '';
  const name = asString(ref['name']) ?? '';
  const namespace = owner.kind === 'Gateway' ? owner.namespace : asString(ref['namespace']);
  const shown = `${group ? `${group}/` : ''}${kind} ${namespace ? `${namespace}/` : ''}${name}`;
  if (NOT_PARAMETERS.has(`${group}/${kind}`)) {
    return {
      code: 'parameters-ref-invalid',
      severity: 'error',
      message: `${owner.kind} ${owner.name}: parametersRef names ${shown}, which is not a parameters object; the ${owner.kind} is not accepted (InvalidParameters).`,
      resource: owner,
      path,
    };
  }
  if (ctx.find(group, kind, namespace, name)) return undefined;
  return {
    code: 'parameters-not-found',
    severity: ctx.missingSeverity,
    message: `${owner.kind} ${owner.name}: parametersRef names ${shown}, which is not in this design; a controller that cannot find it does not accept the ${owner.kind} (InvalidParameters).`,
    resource: owner,
    path,
  };
}
