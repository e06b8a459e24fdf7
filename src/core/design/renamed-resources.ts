import { fileResources } from './design-file.ts';
import { findFile, type Design } from './design.ts';

/**
 * The resources of `after` that are resources of `before` under another identity (old key → new
 * key): a document edited in place into another name, namespace or kind — by a command or by
 * typing — is the same resource, so what the views keep about it (position, selection) follows.
 *
 * Per file, the resources between the unchanged head and tail (compared by object, since an edit
 * keeps the untouched segments' resources) are paired in order when both sides have as many;
 * a pair is a rename when the old key is gone and the new one is new. Untouched files are
 * skipped, so a keystroke costs one pointer walk over its file.
 */
export function renamedResources(before: Design, after: Design): Map<string, string> {
  const renames = new Map<string, string>();
  if (before === after) return renames;
  for (const file of after.files) {
    const previous = findFile(before, file.name);
    if (!previous || previous === file) continue;
    const old = fileResources(previous);
    const next = fileResources(file);
    if (old.length !== next.length) continue;
    let head = 0;
    while (head < old.length && old[head] === next[head]) head++;
    let tail = old.length;
    while (tail > head && old[tail - 1] === next[tail - 1]) tail--;
    for (let i = head; i < tail; i++) {
      const from = old[i]!.key;
      const to = next[i]!.key;
      if (from !== to && !after.byKey.has(from) && !before.byKey.has(to)) renames.set(from, to);
    }
  }
  return renames;
}
