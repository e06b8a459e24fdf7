/** Wording shared by schema messages: how values, types and patterns read to a person. */
import { DNS_1035_LABEL, DNS_LABEL, DNS_SUBDOMAIN, LABEL_VALUE } from '../../schemas/common.ts';
import {
  DURATION_PATTERN,
  GROUP_PATTERN,
  HEADER_NAME_PATTERN,
  HOSTNAME_PATTERN,
  KIND_PATTERN,
} from '../../schemas/gateway-api/common.ts';
import { ISTIO_DURATION_PATTERN } from '../../schemas/istio/common.ts';

/** A value as it appears in a message: strings quoted, long ones cut. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(cut);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** What a value is, for type errors: `string "80"`, `a list`. */
export function showType(value: unknown): string {
  if (typeof value === 'string') return `string ${showValue(value)}`;
  if (typeof value === 'number')
    return Number.isInteger(value) ? `integer ${value}` : `number ${value}`;
  if (typeof value === 'boolean') return `boolean ${value}`;
  return showValue(value);
}

const PATTERN_NAMES: Record<string, string> = {
  [DNS_SUBDOMAIN]:
    'a lowercase DNS name (a-z, 0-9, "-" and ".", starting and ending with a letter or digit)',
  [DNS_LABEL]:
    'a lowercase DNS label (a-z, 0-9 and "-", starting and ending with a letter or digit)',
  [DNS_1035_LABEL]: 'a lowercase DNS label that starts with a letter (a-z, 0-9 and "-")',
  [HOSTNAME_PATTERN]: 'a lowercase hostname, optionally starting with "*." (e.g. *.example.com)',
  [GROUP_PATTERN]: 'an API group: empty or a lowercase DNS name',
  [KIND_PATTERN]: 'a kind name (letters, digits and "-", starting with a letter)',
  [HEADER_NAME_PATTERN]: "an HTTP header name (letters, digits and !#$%&'*+-.^_`|~)",
  [DURATION_PATTERN]: 'a duration such as 10s, 500ms or 1h30m (units h, m, s, ms)',
  [ISTIO_DURATION_PATTERN]: 'a duration such as 10s, 1.5s or 100ms',
  [LABEL_VALUE]: 'a label value (letters, digits, "-", "_" and ".", up to 63 characters)',
};

/** A readable name for a pattern, or the pattern itself. */
export function describePattern(pattern: string): string {
  return PATTERN_NAMES[pattern] ?? `the pattern ${pattern}`;
}

/** The closest candidate within edit distance 2 (for "did you mean"). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
