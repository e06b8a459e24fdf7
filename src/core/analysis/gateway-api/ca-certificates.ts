import { CORE_GROUP } from '../../model/kinds.ts';
import type { AnalysisContext } from '../support/context.ts';
import { referencePermitted, type ReferenceEnd } from '../support/reference-grants.ts';
import { asObject, asString, field, type PlainObject } from '../support/values.ts';
import type { Finding } from '../types.ts';

/** Why a CA certificate reference does not resolve, as the status reason names it. */
export interface CaRefFailure {
  reason:
    'InvalidCACertificateRef' | 'InvalidCACertificateKind' | 'InvalidKind' | 'RefNotPermitted';
  code: string;
  severity: Finding['severity'];
  message: string;
}

/** The kinds a CA bundle may be read from: core ConfigMaps (core support) and Secrets. */
const CA_KINDS = ['ConfigMap', 'Secret'];

/**
 * Resolves one `caCertificateRefs` entry (frontend client validation, BackendTLSPolicy): the kind
 * must hold a CA bundle, a reference across namespaces needs a ReferenceGrant, and the object must
 * exist with a `ca.crt` key. `kindReason` is the reason for a wrong kind, which differs between the
 * listener (`InvalidCACertificateKind`) and the policy (`InvalidKind`).
 */
export function resolveCaRef(
  ctx: AnalysisContext,
  from: ReferenceEnd,
  ref: PlainObject,
  kindReason: 'InvalidCACertificateKind' | 'InvalidKind',
): CaRefFailure | undefined {
  const group = asString(ref['group']) ?? '';
  const kind = asString(ref['kind']) ?? '';
  const name = asString(ref['name']) ?? '';
  const namespace = asString(ref['namespace']) ?? from.namespace;
  if (group !== CORE_GROUP || !CA_KINDS.includes(kind)) {
    return {
      reason: kindReason,
      code: 'ca-certificate-invalid-kind',
      severity: 'error',
      message: `${group ? `${group}/` : ''}${kind || '(no kind)'} ${name} cannot hold a CA certificate; use a ConfigMap (or Secret) with a ca.crt key.`,
    };
  }
  if (!referencePermitted(ctx, from, { group, kind, namespace, name })) {
    return {
      reason: 'RefNotPermitted',
      code: 'ref-not-permitted',
      severity: 'error',
      message: `${kind} ${namespace}/${name} is in another namespace and no ReferenceGrant in ${namespace} allows ${from.kind}s from ${from.namespace} to use it.`,
    };
  }
  const object = ctx.find(CORE_GROUP, kind, namespace, name);
  if (!object) {
    return {
      reason: 'InvalidCACertificateRef',
      code: 'ca-certificate-not-found',
      severity: ctx.missingSeverity,
      message: `${kind} ${namespace}/${name} is not in this design.`,
    };
  }
  const data = asObject(field(object.value, 'data'));
  if (data !== undefined && !Object.hasOwn(data, 'ca.crt')) {
    return {
      reason: 'InvalidCACertificateRef',
      code: 'ca-certificate-malformed',
      severity: 'error',
      message: `${kind} ${namespace}/${name} has no ca.crt key, so it holds no CA certificate.`,
    };
  }
  return undefined;
}
