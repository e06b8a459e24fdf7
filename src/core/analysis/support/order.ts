/**
 * Text order for sorting: the same as `String.prototype.localeCompare` with the default locale,
 * through one collator (`localeCompare` builds one per call, which dominates large sorts).
 */
export const compareText = new Intl.Collator().compare;
