/** Characters no file name may have on common systems (control characters are checked apart). */
const FORBIDDEN = /[\\:*?"<>|]/;

function hasControlCharacter(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** Why `name` cannot name a new file among `taken` (undefined when it can). */
export function fileNameProblem(taken: readonly string[], name: string): string | undefined {
  if (name.trim() === '') return 'A file needs a name.';
  if (name !== name.trim()) return 'A file name cannot start or end with a space.';
  if (name.length > 255) return 'A file name can have at most 255 characters.';
  if (FORBIDDEN.test(name) || hasControlCharacter(name))
    return `"${name}" has characters a file name cannot have.`;
  const parts = name.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..'))
    return `"${name}" is not a relative path (no empty, "." or ".." parts).`;
  if (taken.includes(name)) return `The design already has a file named ${name}.`;
  return undefined;
}

/**
 * `wanted` when no file has that name, else the first free `<stem>-<n><extension>`
 * (`routes.yaml` → `routes-2.yaml`).
 */
export function uniqueFileName(taken: Iterable<string>, wanted: string): string {
  const names = new Set(taken);
  if (!names.has(wanted)) return wanted;
  const slash = wanted.lastIndexOf('/');
  const dot = wanted.lastIndexOf('.');
  const cut = dot > slash + 1 ? dot : wanted.length;
  const stem = wanted.slice(0, cut);
  const extension = wanted.slice(cut);
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${extension}`;
    if (!names.has(candidate)) return candidate;
  }
}
