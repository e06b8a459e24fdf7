/**
 * The characters a link's payload is written in, digit value = index. 72 of them: the letters and
 * digits, then the unreserved marks of RFC 3986 (`-_.~`), then the marks that URLs of this kind
 * already carry through chat apps and trackers unchanged: `+` (TypeScript playground links, whose
 * lz-string alphabet has it), `/?=` (hash-router and OAuth fragments), `:,` (Chrome's
 * `#:~:text=` links). Browsers keep all of them in `location.hash` as they are (none is in the
 * URL standard's fragment percent-encode set). Left out: `!*'()` (Markdown, Jira and Slack markup,
 * link balancing), `&` (HTML entities such as `&copy` when a link is pasted as HTML), `@` (mentions,
 * e-mail detection), `$` (a shell expands it in an unquoted link), `;` and `#`. Linkifiers drop
 * trailing punctuation, so a payload never ends with a mark (see `digitsToText`).
 */
export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_.~+/?=:,';

export const RADIX = ALPHABET.length;

const VALUES = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

/** Letters and digits: the first 62 characters, the ones a payload may end with. */
const ALPHANUMERIC = 62;

/** The digit value of a character, or undefined for a character links never contain. */
export function digitOf(c: string): number | undefined {
  return VALUES.get(c);
}

/**
 * Writes digits as a payload: the digits, then one letter or digit telling their number modulo
 * 62. Linkifiers keep letters and digits at the end of a URL, and a cut link shows as one.
 */
export function digitsToText(digits: readonly number[]): string {
  return digits.map((d) => ALPHABET[d]!).join('') + ALPHABET[digits.length % ALPHANUMERIC]!;
}

/** The digits of a payload, or 'truncated' when its last character does not tell their number. */
export function lengthChecked(payload: string): string | 'truncated' {
  const body = payload.slice(0, -1);
  const last = VALUES.get(payload.at(-1) ?? '');
  return last === body.length % ALPHANUMERIC ? body : 'truncated';
}
