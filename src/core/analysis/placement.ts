import type { Design } from '../design/design.ts';
import { lineIndexOf } from '../design/design-file.ts';
import { segmentOffset } from '../design/locate.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Resource } from '../model/resource.ts';
import type { Position, SourceRange } from '../source.ts';

/** Where a resource's `---` segment starts: positions inside it are relative to this. */
interface Anchor {
  file: string;
  offset: number;
  line: number;
}

const placedCache = new WeakMap<object, { anchor: Anchor; diagnostics: readonly Diagnostic[] }>();

function anchorOf(design: Design, resource: Resource): Anchor | undefined {
  const offset = segmentOffset(design, resource);
  const file = design.files.find((f) => f.name === resource.file);
  if (offset === undefined || !file) return undefined;
  return { file: file.name, offset, line: lineIndexOf(file).position(offset).line };
}

const shift = (p: Position, offset: number, lines: number): Position => ({
  offset: p.offset + offset,
  line: p.line + lines,
  column: p.column,
});

function shiftRange(range: SourceRange, offset: number, lines: number): SourceRange {
  return {
    ...range,
    start: shift(range.start, offset, lines),
    end: shift(range.end, offset, lines),
  };
}

/**
 * The diagnostics `make` places in the file for `key` (a finding, or a resource's schema
 * findings), computed once: a resource whose segment moved (text was edited above it) keeps its
 * text, so its diagnostics move by the same offset and lines, and columns stay (segments start a
 * line). Only diagnostics of new or edited resources are located from scratch.
 */
export function placed<T extends Diagnostic>(
  design: Design,
  resource: Resource,
  key: object,
  make: () => readonly T[],
): readonly T[] {
  const anchor = anchorOf(design, resource);
  const cached = placedCache.get(key);
  if (anchor && cached && cached.anchor.file === anchor.file) {
    if (cached.anchor.offset === anchor.offset && cached.anchor.line === anchor.line) {
      return cached.diagnostics as readonly T[];
    }
    const [offset, lines] = [
      anchor.offset - cached.anchor.offset,
      anchor.line - cached.anchor.line,
    ];
    const moved = cached.diagnostics.map((d) =>
      d.range ? { ...d, range: shiftRange(d.range, offset, lines) } : d,
    );
    placedCache.set(key, { anchor, diagnostics: moved });
    return moved as unknown as readonly T[];
  }
  const diagnostics = make();
  if (anchor) placedCache.set(key, { anchor, diagnostics });
  return diagnostics;
}
