import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { asNumber, field, objectsOf } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { resolveCaRef, type CaRefFailure } from './ca-certificates.ts';
import type { Listener } from './listeners.ts';

/** The outcome of a listener's client certificate validation (GEP-91), if any applies. */
export interface FrontendValidation {
  /** The ResolvedRefs reason of the first failing CA reference. */
  reason: CaRefFailure['reason'] | undefined;
  problems: string[];
  findings: Finding[];
  /** Every CA reference failed: the listener is not accepted (`NoValidCACertificate`). */
  noValidCa: boolean;
}

/** Listeners that terminate TLS from clients, which client validation applies to. */
function terminatesTls(listener: Listener): boolean {
  return (
    listener.protocol === 'HTTPS' ||
    (listener.protocol === 'TLS' && listener.tlsMode === 'Terminate')
  );
}

/**
 * The Gateway's `spec.tls.frontend` settings for the listener's port: a `perPort` entry for it,
 * else the `default`, with the path they are written at.
 */
function validationFor(gateway: Resource, port: number | undefined) {
  const frontend = field(gateway.value, 'spec', 'tls', 'frontend');
  const perPort = objectsOf(field(frontend, 'perPort')).find(
    ({ item }) => port !== undefined && asNumber(item['port']) === port,
  );
  if (perPort) {
    return {
      validation: field(perPort.item, 'tls', 'validation'),
      path: ['spec', 'tls', 'frontend', 'perPort', perPort.index, 'tls', 'validation'],
    };
  }
  return {
    validation: field(frontend, 'default', 'validation'),
    path: ['spec', 'tls', 'frontend', 'default', 'validation'],
  };
}

/** Resolves the CA certificates a Gateway's client validation names for one listener. */
export function checkFrontendValidation(
  ctx: AnalysisContext,
  gateway: Resource | undefined,
  listener: Listener,
): FrontendValidation {
  const out: FrontendValidation = {
    reason: undefined,
    problems: [],
    findings: [],
    noValidCa: false,
  };
  if (!gateway || !terminatesTls(listener)) return out;
  const { validation, path } = validationFor(gateway, listener.port);
  const refs = objectsOf(field(validation, 'caCertificateRefs'));
  if (refs.length === 0) return out;
  const from = { group: gateway.group, kind: 'Gateway', namespace: gateway.namespace ?? '' };
  let valid = 0;
  for (const { item, index } of refs) {
    const failure = resolveCaRef(ctx, from, item, 'InvalidCACertificateKind');
    if (!failure) {
      valid++;
      continue;
    }
    out.reason ??= failure.reason;
    // One message per reference, whichever listener of the port reads it: the findings of the
    // listeners sharing the port are then one diagnostic.
    const which = path.includes('perPort')
      ? `client certificate validation of port ${listener.port ?? '?'}`
      : 'default client certificate validation';
    const message = `The ${which}: ${failure.message}`;
    out.problems.push(message);
    out.findings.push({
      code: failure.code,
      severity: failure.severity,
      message,
      resource: gateway,
      path: [...path, 'caCertificateRefs', index],
    });
  }
  out.noValidCa = valid === 0;
  return out;
}
