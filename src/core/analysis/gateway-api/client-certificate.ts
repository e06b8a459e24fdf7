import { CORE_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { falseCondition, trueCondition } from '../support/conditions.ts';
import type { AnalysisContext } from '../support/context.ts';
import { referencePermitted } from '../support/reference-grants.ts';
import { asObject, asString, field } from '../support/values.ts';
import type { Condition, Finding } from '../types.ts';

const PATH = ['spec', 'tls', 'backend', 'clientCertificateRef'];

/**
 * The Gateway's ResolvedRefs condition for `spec.tls.backend.clientCertificateRef`, the certificate
 * it presents to backends (GEP-3155): a TLS Secret with `tls.crt` and `tls.key`, in the Gateway's
 * namespace or allowed by a ReferenceGrant. Undefined when the Gateway names none.
 */
export function backendClientCertificate(
  ctx: AnalysisContext,
  gateway: Resource,
): { condition: Condition; findings: Finding[] } | undefined {
  const ref = asObject(field(gateway.value, ...PATH));
  if (!ref) return undefined;
  const group = asString(ref['group']) ?? CORE_GROUP;
  const kind = asString(ref['kind']) ?? 'Secret';
  const name = asString(ref['name']) ?? '';
  const gatewayNamespace = gateway.namespace ?? '';
  const namespace = asString(ref['namespace']) ?? gatewayNamespace;
  const fail = (
    reason: 'InvalidClientCertificateRef' | 'RefNotPermitted',
    code: string,
    severity: Finding['severity'],
    message: string,
  ) => ({
    condition: falseCondition('ResolvedRefs', reason, message),
    findings: [{ code, severity, message, resource: gateway, path: PATH }],
  });
  if (group !== CORE_GROUP || kind !== 'Secret') {
    return fail(
      'InvalidClientCertificateRef',
      'client-certificate-invalid',
      'error',
      `The backend client certificate refers to ${group ? `${group}/` : ''}${kind} ${name}; it must be a core Secret.`,
    );
  }
  const from = { group: gateway.group, kind: 'Gateway', namespace: gatewayNamespace };
  if (!referencePermitted(ctx, from, { group, kind, namespace, name })) {
    return fail(
      'RefNotPermitted',
      'ref-not-permitted',
      'error',
      `The backend client certificate Secret ${namespace}/${name} is in another namespace and no ReferenceGrant in ${namespace} allows Gateways from ${gatewayNamespace} to use it.`,
    );
  }
  const secret = ctx.find(CORE_GROUP, 'Secret', namespace, name);
  if (!secret) {
    return fail(
      'InvalidClientCertificateRef',
      'client-certificate-not-found',
      ctx.missingSeverity,
      `The backend client certificate Secret ${namespace}/${name} is not in this design.`,
    );
  }
  const type = asString(field(secret.value, 'type'));
  const data = asObject(field(secret.value, 'data'));
  const missingKeys = data ? ['tls.crt', 'tls.key'].filter((k) => !Object.hasOwn(data, k)) : [];
  if ((type !== undefined && type !== 'kubernetes.io/tls') || missingKeys.length > 0) {
    return fail(
      'InvalidClientCertificateRef',
      'client-certificate-invalid',
      'error',
      missingKeys.length > 0
        ? `The backend client certificate Secret ${namespace}/${name} has no ${missingKeys.join(' or ')}.`
        : `The backend client certificate Secret ${namespace}/${name} has type ${type}; it must be kubernetes.io/tls.`,
    );
  }
  return {
    condition: trueCondition('ResolvedRefs', 'ResolvedRefs', 'All references are resolved.'),
    findings: [],
  };
}
