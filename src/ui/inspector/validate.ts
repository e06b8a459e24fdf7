import { GATEWAY_API_MAX_WEIGHT, ISTIO_MAX_WEIGHT } from '../../core/traffic/split.ts';

/**
 * Input checks for the inspector, with messages people can act on. Each returns undefined when
 * the value is fine, else what is wrong.
 */

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A DNS-1123 label: namespaces, listener and port names. */
export function checkDnsLabel(value: string): string | undefined {
  if (!value) return 'Required.';
  if (value.length > 63) return 'At most 63 characters.';
  if (!LABEL.test(value))
    return 'Use lowercase letters, digits and "-", starting and ending with a letter or digit.';
  return undefined;
}

/** A DNS-1123 subdomain: object names. */
export function checkDnsSubdomain(value: string): string | undefined {
  if (!value) return 'Required.';
  if (value.length > 253) return 'At most 253 characters.';
  if (!value.split('.').every((part) => LABEL.test(part)))
    return 'Use lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.';
  return undefined;
}

/** A hostname as Gateway API routes take it: optionally a leading `*.` wildcard label. */
export function checkHostname(value: string): string | undefined {
  const host = value.startsWith('*.') ? value.slice(2) : value;
  if (!host) return 'Empty hostname.';
  if (/^\d+(\.\d+){3}$/.test(host)) return `${value}: IP addresses are not allowed as hostnames.`;
  return checkDnsSubdomain(host) ? `${value}: not a valid hostname.` : undefined;
}

/** Parses a whole number in [min, max], or explains why not. */
function checkInteger(value: string, min: number, max: number, what: string): string | undefined {
  if (!/^\d+$/.test(value.trim())) return `${what} must be a whole number.`;
  const n = Number(value);
  if (n < min || n > max) return `${what} must be between ${min} and ${max.toLocaleString('en')}.`;
  return undefined;
}

export function checkPort(value: string): string | undefined {
  return checkInteger(value, 1, 65535, 'Port');
}

/** Gateway API backend weights: 0 (no traffic) to 1,000,000. */
export function checkWeight(value: string): string | undefined {
  return checkInteger(value, 0, GATEWAY_API_MAX_WEIGHT, 'Weight');
}

/** Istio destination weights: 0 to 100, as istiod validates them. */
export function checkPercent(value: string): string | undefined {
  return checkInteger(value, 0, ISTIO_MAX_WEIGHT, 'Weight');
}

/** Splits a comma or whitespace separated list. */
export function splitList(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/;

/** An HTTP header name (RFC 7230 token), as Gateway API and Istio take it. */
export function checkHeaderName(value: string): string | undefined {
  if (!value) return 'Required.';
  if (value.length > 256) return 'At most 256 characters.';
  return HEADER_NAME.test(value)
    ? undefined
    : 'Use letters, digits and - _ . (no spaces or colons) in a header name.';
}

/** A query parameter name: any non-empty text without spaces, `&` or `=`. */
export function checkQueryParamName(value: string): string | undefined {
  if (!value) return 'Required.';
  return /^[^\s&=]+$/.test(value) ? undefined : 'A query parameter name has no spaces, "&" or "=".';
}

/** Gateway API durations: 1 to 4 parts like `10s`, `1m30s`, `500ms` (no fractions). */
export function checkGatewayDuration(value: string): string | undefined {
  return /^([0-9]{1,5}(h|m|s|ms)){1,4}$/.test(value)
    ? undefined
    : 'Write a duration like 10s, 1m30s or 500ms (whole numbers; h, m, s, ms).';
}

/** Istio durations (protobuf style): `5s`, `0.5s`, `100ms`, `1h`. */
export function checkIstioDuration(value: string): string | undefined {
  return /^[0-9]+(\.[0-9]+)?(h|m|s|ms|us|µs|ns)$/.test(value)
    ? undefined
    : 'Write a duration like 5s, 0.5s or 100ms.';
}

/** A percentage that may have decimals (Istio mirrorPercentage). */
export function checkPercentDecimal(value: string): string | undefined {
  if (!/^\d+(\.\d+)?$/.test(value.trim())) return 'Write a number between 0 and 100.';
  return Number(value) <= 100 ? undefined : 'A percentage is at most 100.';
}

/** A URL path as matches and rewrites take it: starts with `/`. */
export function checkPath(value: string): string | undefined {
  return value.startsWith('/') ? undefined : 'A path starts with "/".';
}
