import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';

/** The first PEM block of a text, as Go's `pem.Decode` finds it. */
export function firstPemBlock(text: string): { type: string; der: Uint8Array } | undefined {
  const match = /-----BEGIN ([^\n-]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!match) return undefined;
  const der = base64Bytes(match[2]!.replace(/\s+/g, ''));
  return der ? { type: match[1]!, der } : undefined;
}

/** Standard base64 to bytes, or undefined when the text is not base64. */
export function base64Bytes(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The validity window of an X.509 certificate (DER), or the reason it does not parse. */
export function certificateValidity(
  der: Uint8Array,
): { notBefore: Date; notAfter: Date } | { error: string } {
  try {
    const { validity } = AsnConvert.parse(der, Certificate).tbsCertificate;
    return { notBefore: validity.notBefore.getTime(), notAfter: validity.notAfter.getTime() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
