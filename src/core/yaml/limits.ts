/**
 * Input limits. Files come from users, imports and share links, so parsing is bounded: a file
 * larger than this is reported and not parsed, and alias expansion is capped (an "alias bomb"
 * such as the billion-laughs document expands exponentially).
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Passed to yaml's `toJS`: at most this many alias expansions per document. */
export const MAX_ALIAS_COUNT = 100;
