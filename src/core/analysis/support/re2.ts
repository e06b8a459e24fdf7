/**
 * RE2 compatibility of a regular expression (Envoy and most Gateway API implementations use RE2).
 * JavaScript accepts constructs RE2 rejects (lookaround, backreferences) and rejects some RE2
 * syntax (inline flags, `\z`, POSIX classes), so a JS parse alone would be wrong both ways.
 */

const UNSUPPORTED: readonly [RegExp, string][] = [
  [/\(\?<?[=!]/, 'lookahead and lookbehind assertions are not supported by RE2'],
  [/\\[1-9]/, 'backreferences are not supported by RE2'],
  [/\\k<[^>]*>/, 'named backreferences are not supported by RE2'],
  [/\(\?>/, 'atomic groups are not supported by RE2'],
  [/\(\?\(/, 'conditionals are not supported by RE2'],
];

/** Rewrites RE2-only syntax into JS equivalents so JS can check the rest of the grammar. */
function toJsSyntax(re: string): string {
  return re
    .replace(/\(\?P<([A-Za-z_][A-Za-z0-9_]*)>/g, '(?<$1>')
    .replace(/^\(\?[imsU]+\)/, '')
    .replace(/\(\?[imsU-]+:/g, '(?:')
    .replace(/\\[zA]/g, '')
    .replace(/\[:\^?[a-z]+:\]/g, 'a')
    .replace(/\\[pP]([A-Z])/g, '\\p{$1}')
    .replace(/\\Q(.*?)(\\E|$)/g, (_m, text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/**
 * A JavaScript RegExp that matches what the RE2 expression matches, anchored at both ends (Envoy's
 * `safe_regex` matches the whole value) unless `anchored` is false (substitutions, which replace
 * every occurrence), or undefined when RE2 rejects the expression. Leading inline flags (`(?i)`,
 * `(?s)`) become RegExp flags.
 */
export function re2ToRegExp(re: string, anchored = true): RegExp | undefined {
  if (re2Problem(re) !== undefined) return undefined;
  const inline = /^\(\?([imsU]+)\)/.exec(re);
  const flags =
    (inline?.[1]?.includes('i') ? 'i' : '') +
    (inline?.[1]?.includes('s') ? 's' : '') +
    (/\\[pP]/.test(re) ? 'u' : '') +
    (anchored ? '' : 'g');
  try {
    return new RegExp(anchored ? `^(?:${toJsSyntax(re)})$` : toJsSyntax(re), flags);
  } catch {
    return undefined;
  }
}

/** Why RE2 would reject the expression, or undefined when it is valid RE2. */
export function re2Problem(re: string): string | undefined {
  for (const [pattern, problem] of UNSUPPORTED) {
    // Skip escaped backslashes before testing so `\\1` (a literal backslash then 1) passes.
    if (pattern.test(re.replace(/\\\\/g, ''))) return problem;
  }
  try {
    new RegExp(toJsSyntax(re), /\\[pP]/.test(re) ? 'u' : '');
  } catch (error) {
    return error instanceof Error
      ? error.message.replace(/^Invalid regular expression: /, '')
      : 'invalid';
  }
  return undefined;
}
