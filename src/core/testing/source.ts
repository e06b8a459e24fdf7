/**
 * Template tag for readable inline YAML fixtures: drops the first line break and the common
 * indentation, and keeps a final newline.
 *
 * @example
 * const text = yaml`
 *   kind: Service
 *   metadata:
 *     name: web
 * `;
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''));
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '\n')
    .split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(common, /^ */.exec(l)![0].length))).join('\n');
}
