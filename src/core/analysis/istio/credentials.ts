import type { Resource } from '../../model/resource.ts';
import { asObject, asString, field } from '../support/values.ts';
import { base64Bytes, certificateValidity, firstPemBlock } from '../support/x509.ts';

/** The key pairs Istio reads a gateway credential from, in the order it tries them. */
const KEY_PAIRS = [
  ['cert', 'key'],
  ['tls.crt', 'tls.key'],
] as const;

/** A Secret's entries as text: `data` (base64) merged with `stringData`, as the API server does. */
function secretEntries(secret: Resource): Map<string, string | undefined> {
  const entries = new Map<string, string | undefined>();
  for (const [key, value] of Object.entries(asObject(field(secret.value, 'data')) ?? {})) {
    const bytes = typeof value === 'string' ? base64Bytes(value.replace(/\s+/g, '')) : undefined;
    entries.set(key, bytes ? new TextDecoder().decode(bytes) : undefined);
  }
  for (const [key, value] of Object.entries(asObject(field(secret.value, 'stringData')) ?? {})) {
    entries.set(key, asString(value));
  }
  return entries;
}

/**
 * Why a Secret cannot serve as an Istio gateway credential, or undefined when it can. Follows
 * Istio's ExtractCertInfo (a `cert`/`key` or `tls.crt`/`tls.key` pair, both non-empty) and
 * ValidateCertificate (the first PEM block parses as certificates valid at `now`).
 */
export function credentialProblem(secret: Resource, now: number): string | undefined {
  const entries = secretEntries(secret);
  const pair = KEY_PAIRS.find(([c, k]) => entries.get(c) && entries.get(k));
  if (!pair) {
    const present = KEY_PAIRS.find(([c, k]) => entries.has(c) && entries.has(k));
    if (present) {
      const [c, k] = present;
      const bad = [c, k].filter((key) => entries.get(key) === undefined);
      return bad.length > 0
        ? `${bad.join(' and ')} ${bad.length > 1 ? 'are' : 'is'} not valid base64`
        : `keys ${c} and ${k} are empty`;
    }
    const found = [...entries.keys()].join(', ') || 'none';
    return `it has neither cert and key nor tls.crt and tls.key (keys: ${found})`;
  }
  const block = firstPemBlock(entries.get(pair[0])!);
  if (!block) return `${pair[0]} holds no PEM block`;
  const validity = certificateValidity(block.der);
  if ('error' in validity) return `${pair[0]} is not an X.509 certificate (${validity.error})`;
  if (now > validity.notAfter.getTime()) {
    return `the certificate in ${pair[0]} expired on ${validity.notAfter.toISOString()}`;
  }
  if (now < validity.notBefore.getTime()) {
    return `the certificate in ${pair[0]} is not valid before ${validity.notBefore.toISOString()}`;
  }
  return undefined;
}
