/** String matchers shared by both families: exact, prefix, RE2 regular expression, presence. */
import { re2ToRegExp } from '../analysis/support/re2.ts';

export type StringMatcher =
  | { kind: 'exact'; value: string }
  | { kind: 'prefix'; value: string }
  /** `regex` is undefined when RE2 rejects the expression: it then matches nothing. */
  | { kind: 'regex'; value: string; regex: RegExp | undefined }
  | { kind: 'present' };

const compiled = new Map<string, RegExp | null>();

/** The anchored RegExp of an RE2 expression, compiled once per expression. */
export function compileRegex(source: string): RegExp | undefined {
  let regex = compiled.get(source);
  if (regex === undefined) {
    regex = re2ToRegExp(source) ?? null;
    // Expressions come from user text; a bounded cache keeps a long session from growing it.
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(source, regex);
  }
  return regex ?? undefined;
}

export function regexMatcher(source: string): StringMatcher {
  return { kind: 'regex', value: source, regex: compileRegex(source) };
}

/** Whether `value` (undefined when absent) satisfies the matcher. */
export function stringMatches(
  matcher: StringMatcher,
  value: string | undefined,
  ignoreCase = false,
): boolean {
  if (value === undefined) return false;
  switch (matcher.kind) {
    case 'present':
      return true;
    case 'exact':
      return ignoreCase
        ? value.toLowerCase() === matcher.value.toLowerCase()
        : value === matcher.value;
    case 'prefix':
      return ignoreCase
        ? value.toLowerCase().startsWith(matcher.value.toLowerCase())
        : value.startsWith(matcher.value);
    case 'regex':
      return matcher.regex?.test(value) ?? false;
  }
}

/** `= "v2"`, `prefix "/api"`, `~ "^v[0-9]+$"` or `present`, for explanations. */
export function describeMatcher(matcher: StringMatcher): string {
  switch (matcher.kind) {
    case 'present':
      return 'present';
    case 'exact':
      return `= ${JSON.stringify(matcher.value)}`;
    case 'prefix':
      return `prefix ${JSON.stringify(matcher.value)}`;
    case 'regex':
      return `~ ${JSON.stringify(matcher.value)}${matcher.regex ? '' : ' (not valid RE2: matches nothing)'}`;
  }
}
