import type { Design } from '../core/design/design.ts';
import { lineIndexOf } from '../core/design/design-file.ts';
import type { Resource } from '../core/model/resource.ts';

/**
 * The 1-based line each resource starts on. Indexes segments once, so a design with thousands of
 * resources is located in one pass (locateResource searches the files for each resource).
 */
export function resourceLines(design: Design): Map<Resource, number> {
  const lines = new Map<Resource, number>();
  for (const file of design.files) {
    const index = lineIndexOf(file);
    file.segments.forEach((segment, i) => {
      const base = file.starts[i]!;
      for (const resource of segment.resources) {
        const offset = resource.node.range?.[0] ?? 0;
        lines.set(resource, index.position(base + offset).line);
      }
    });
  }
  return lines;
}
