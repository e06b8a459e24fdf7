/** Nouns whose plural is not the noun + s; "info" is a mass noun in diagnostics ("2 info"). */
const IRREGULAR: Readonly<Record<string, string>> = { info: 'info', policy: 'policies' };

/** The plural of an English noun as the designer uses them. */
export function pluralOf(word: string): string {
  return IRREGULAR[word] ?? `${word}s`;
}

/** `1 backend`, `2 backends`, `0 errors`, `3 info`: a count with its noun. */
export function countOf(n: number, word: string): string {
  return `${n} ${n === 1 ? word : pluralOf(word)}`;
}
