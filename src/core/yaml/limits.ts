/**
 * Input limits. Files come from users, imports and share links, so parsing is bounded: a file
 * larger than this is reported and not parsed, and alias expansion is capped (an "alias bomb"
 * such as the billion-laughs document expands exponentially).
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Passed to yaml's `toJS`: at most this many alias expansions per document. */
export const MAX_ALIAS_COUNT = 100;

/** Size of `text` in UTF-8, the unit of {@link MAX_FILE_BYTES}. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    // Two UTF-16 units of a surrogate pair are 4 bytes: 2 + 2 extra below.
    bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** True when `text` is over {@link MAX_FILE_BYTES}; counts bytes only when it could matter. */
export function exceedsFileLimit(text: string): boolean {
  if (text.length > MAX_FILE_BYTES) return true;
  if (text.length * 3 <= MAX_FILE_BYTES) return false;
  return utf8Length(text) > MAX_FILE_BYTES;
}
