import type { Resource } from '../../model/resource.ts';
import type { Labels } from '../../mesh/labels.ts';
import type { AnalysisContext } from '../support/context.ts';
import { asString, type PlainObject } from '../support/values.ts';
import type { Finding } from '../types.ts';
import { gatewaySelector, istioGateways, serversOf } from './istio-gateway.ts';

/** istioctl's haveSameCertificate: the same credentialName, or the same certificate and key files. */
function sameCertificate(a: PlainObject, b: PlainObject): boolean {
  const text = (tls: PlainObject, key: string) => asString(tls[key]) ?? '';
  const [ca, cb] = [text(a, 'credentialName'), text(b, 'credentialName')];
  if (ca !== '' && cb !== '') return ca === cb;
  if (ca !== '' || cb !== '') return false;
  const [sa, sb] = [text(a, 'serverCertificate'), text(b, 'serverCertificate')];
  if (sa === '' || sa !== sb) return false;
  const [ka, kb] = [text(a, 'privateKey'), text(b, 'privateKey')];
  return ka !== '' && ka === kb;
}

/** Whether every label of `a` is in `b` with the same value. */
function subsetOf(a: Labels, b: Labels): boolean {
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/** The path of the first server of `gateway` sharing a certificate with a server of `other`. */
function sharedCertificatePath(gateway: Resource, other: Resource) {
  for (const server of serversOf(gateway)) {
    if (!server.tls) continue;
    for (const theirs of serversOf(other)) {
      if (theirs.tls && sameCertificate(server.tls, theirs.tls)) return [...server.path, 'tls'];
    }
  }
  return undefined;
}

/**
 * IST0138, as istioctl's CertificateAnalyzer: Gateways whose selector includes this one's (an
 * empty selector includes all) and that serve the same certificate. Clients reusing an HTTP/2
 * connection across their hosts can get 404s. One finding per other Gateway.
 */
export function checkDuplicateCertificates(ctx: AnalysisContext): Finding[] {
  const findings: Finding[] = [];
  const gateways = istioGateways(ctx);
  for (const gateway of gateways) {
    const selector = gatewaySelector(gateway);
    for (const other of gateways) {
      if (other === gateway || !subsetOf(selector, gatewaySelector(other))) continue;
      const path = sharedCertificatePath(gateway, other);
      if (!path) continue;
      const names = [gateway, other].map((g) => `${g.namespace}/${g.name}`);
      findings.push({
        code: 'istio-gateway-duplicate-certificate',
        severity: 'warning',
        message: `Duplicate certificate in multiple gateways [${names.join(' ')}] may cause 404s if clients re-use HTTP2 connections.`,
        resource: gateway,
        path,
        istioCode: 'IST0138',
      });
    }
  }
  return findings;
}
