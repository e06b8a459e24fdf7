/** How a file writes block YAML, so inserted text looks like its neighbours. */
export interface YamlStyle {
  /** Spaces per nesting level. */
  indent: number;
  /** `key:\n  - item` (true) or `key:\n- item` (false, kubectl's style). */
  indentSeq: boolean;
}

/** Used when a file gives no evidence: kubectl's output style, also the Gateway API examples'. */
export const DEFAULT_STYLE: YamlStyle = { indent: 2, indentSeq: false };

const KEY_ONLY = /^( *)(?:[^\s#-][^#]*?|"[^"]*"|'[^']*'):[ \t]*(?:#.*)?$/;
const CONTENT = /^( *)(-[ \t]|-$)?\S/;

/**
 * Reads the style from the text: each `key:` line ending a line is compared with the next
 * content line, which is either a nested key (giving the indent width) or a sequence item
 * (showing whether sequences are indented under their key). Most frequent answers win.
 */
export function detectStyle(text: string, fallback: YamlStyle = DEFAULT_STYLE): YamlStyle {
  const widths = new Map<number, number>();
  let indented = 0;
  let flush = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const key = KEY_ONLY.exec(lines[i]!);
    if (!key) continue;
    let j = i + 1;
    while (j < lines.length && /^\s*(#.*)?$/.test(lines[j]!)) j++;
    const next = CONTENT.exec(lines[j] ?? '');
    if (!next) continue;
    const delta = next[1]!.length - key[1]!.length;
    if (next[2]) {
      if (delta > 0) indented++;
      else if (delta === 0) flush++;
    } else if (delta > 0 && delta <= 8) {
      widths.set(delta, (widths.get(delta) ?? 0) + 1);
    }
  }
  let indent = fallback.indent;
  let best = 0;
  for (const [width, count] of widths) {
    if (count > best) [indent, best] = [width, count];
  }
  const indentSeq = indented === flush ? fallback.indentSeq : indented > flush;
  return { indent, indentSeq };
}
