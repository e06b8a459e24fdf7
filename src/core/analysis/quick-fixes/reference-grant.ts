import { uniqueName } from '../../commands/defaults.ts';
import type { FieldPath } from '../../diagnostics.ts';
import type { Design } from '../../design/design.ts';
import { CORE_GROUP, GATEWAY_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { asObject, asString } from '../support/values.ts';
import { valueAt } from './field-path.ts';
import type { QuickFix } from './types.ts';

/** The version existing designs and clusters serve most widely (v1 is recent). */
const GRANT_API_VERSION = `${GATEWAY_GROUP}/v1beta1`;

/**
 * For `ref-not-permitted`: a ReferenceGrant in the target's namespace that lets this kind of
 * object from the referrer's namespace refer to exactly that object (least privilege: the grant
 * names it). The grant goes into the referrer's file. Undefined when the path holds no
 * cross-namespace reference.
 */
export function referenceGrantFix(
  design: Design,
  referrer: Resource,
  path: FieldPath,
): QuickFix | undefined {
  const ref = asObject(valueAt(referrer.value, path));
  const fromNamespace = referrer.namespace;
  const namespace = asString(ref?.['namespace']);
  const name = asString(ref?.['name']);
  if (!ref || !name || !namespace || fromNamespace === undefined || namespace === fromNamespace)
    return undefined;
  const certificate = path.includes('certificateRefs');
  const group = asString(ref['group']) ?? CORE_GROUP;
  const kind = asString(ref['kind']) ?? (certificate ? 'Secret' : 'Service');
  const grantName = uniqueName(
    design,
    GRANT_API_VERSION,
    'ReferenceGrant',
    `${fromNamespace}-${referrer.kind.toLowerCase()}s-to-${namespace}`,
    false,
  );
  return {
    title: `Add a ReferenceGrant in ${namespace} letting ${referrer.kind}s from ${fromNamespace} use ${kind} ${name}`,
    preferred: true,
    commands: [
      {
        type: 'addResource',
        file: referrer.file,
        apiVersion: GRANT_API_VERSION,
        kind: 'ReferenceGrant',
        name: grantName,
        namespace,
        body: {
          spec: {
            from: [{ group: GATEWAY_GROUP, kind: referrer.kind, namespace: fromNamespace }],
            to: [{ group, kind, name }],
          },
        },
      },
    ],
  };
}
