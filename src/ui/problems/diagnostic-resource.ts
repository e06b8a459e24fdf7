import type { Design } from '../../core/design/design.ts';
import type { Diagnostic } from '../../core/diagnostics.ts';

/** The key of the resource a diagnostic is about: named in it, or written where it points. */
export function resourceKeyOf(design: Design, diagnostic: Diagnostic): string | undefined {
  const about = diagnostic.resource;
  if (about) {
    const match = design.resources.find(
      (r) =>
        r.kind === about.kind &&
        r.name === about.name &&
        (about.namespace === undefined || r.namespace === about.namespace),
    );
    if (match) return match.key;
  }
  const offset = diagnostic.range?.start.offset;
  if (offset === undefined) return undefined;
  const file = design.files.find((f) => f.name === diagnostic.file);
  if (!file) return undefined;
  return design.resources.find((r) => {
    if (r.file !== file.name) return false;
    const index = file.segments.findIndex((s) => s.id === r.segmentId);
    const start = file.starts[index] ?? -1;
    const end = file.starts[index + 1] ?? file.text.length;
    return index !== -1 && offset >= start && offset < end;
  })?.key;
}
