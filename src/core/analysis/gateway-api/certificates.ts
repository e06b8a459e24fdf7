import { CORE_GROUP, GATEWAY_GROUP } from '../../model/kinds.ts';
import type { AnalysisContext } from '../support/context.ts';
import { referencePermitted } from '../support/reference-grants.ts';
import { asString, field, objectsOf } from '../support/values.ts';
import type { Finding } from '../types.ts';
import type { Listener } from './listeners.ts';

export interface CertificateCheck {
  /** The ResolvedRefs reason when a reference fails, first failure first. */
  reasons: ('InvalidCertificateRef' | 'RefNotPermitted')[];
  problems: string[];
  findings: Finding[];
}

/** Checks a listener's `tls.certificateRefs` as a controller resolving them would. */
export function checkCertificates(ctx: AnalysisContext, listener: Listener): CertificateCheck {
  const owner = listener.owner;
  const ownerNamespace = owner.namespace ?? '';
  const out: CertificateCheck = { reasons: [], problems: [], findings: [] };
  for (const { item, index } of objectsOf(field(listener.value, 'tls', 'certificateRefs'))) {
    const path = [...listener.path, 'tls', 'certificateRefs', index];
    const group = asString(item['group']) ?? CORE_GROUP;
    const kind = asString(item['kind']) ?? 'Secret';
    const name = asString(item['name']) ?? '';
    const namespace = asString(item['namespace']) ?? ownerNamespace;
    const fail = (
      reason: CertificateCheck['reasons'][number],
      code: string,
      severity: Finding['severity'],
      message: string,
    ) => {
      out.reasons.push(reason);
      out.problems.push(message);
      out.findings.push({ code, severity, message, resource: owner, path });
    };
    if (group !== CORE_GROUP || kind !== 'Secret') {
      fail(
        'InvalidCertificateRef',
        'listener-invalid-certificate-ref',
        'error',
        `Listener ${listener.name}: certificateRefs[${index}] refers to ${group ? `${group}/` : ''}${kind}; only core Secrets are supported for certificates.`,
      );
      continue;
    }
    const permitted = referencePermitted(
      ctx,
      { group: GATEWAY_GROUP, kind: owner.kind, namespace: ownerNamespace },
      { group, kind, namespace, name },
    );
    if (!permitted) {
      fail(
        'RefNotPermitted',
        'ref-not-permitted',
        'error',
        `Listener ${listener.name}: Secret ${namespace}/${name} is in another namespace and no ReferenceGrant in ${namespace} allows ${owner.kind}s from ${ownerNamespace} to use it.`,
      );
      continue;
    }
    const secret = ctx.find(CORE_GROUP, 'Secret', namespace, name);
    if (!secret) {
      fail(
        'InvalidCertificateRef',
        'certificate-not-found',
        ctx.missingSeverity,
        `Listener ${listener.name}: Secret ${namespace}/${name} is not in this design.`,
      );
      continue;
    }
    const type = asString(field(secret.value, 'type'));
    if (type !== undefined && type !== 'kubernetes.io/tls') {
      fail(
        'InvalidCertificateRef',
        'listener-invalid-certificate-ref',
        'error',
        `Listener ${listener.name}: Secret ${namespace}/${name} has type ${type}; a certificate Secret must be of type kubernetes.io/tls.`,
      );
    }
  }
  return out;
}
