import type { Design } from '../design/design.ts';
import { locateResource } from '../design/locate.ts';

/**
 * Everything observable about a parsed design, as plain data: what an incremental update must
 * reproduce exactly when compared with a parse from scratch. Segment ids are left out (they are
 * fresh for every parse); a resource's segment is given by its index in the file.
 */
export function designSnapshot(design: Design) {
  return {
    files: design.files.map((f) => ({
      name: f.name,
      text: f.text,
      tooLarge: f.tooLarge,
      starts: f.starts,
      segments: f.segments.map((s) => ({
        text: s.text,
        docs: s.docs.length,
        diagnostics: s.diagnostics.map((d) => `${d.code}@${d.start}-${d.end}`),
      })),
    })),
    resources: design.resources.map((r) => {
      const file = design.files.find((f) => f.name === r.file)!;
      const at = locateResource(design, r);
      return {
        key: r.key,
        file: r.file,
        segment: file.segments.findIndex((s) => s.id === r.segmentId),
        docIndex: r.docIndex,
        basePath: r.basePath,
        namespaceExplicit: r.namespaceExplicit,
        value: r.value,
        at: at && `${at.start.line}:${at.start.column}-${at.end.line}:${at.end.column}`,
      };
    }),
    byKey: [...design.byKey.keys()],
    diagnostics: design.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      file: d.file,
      path: d.path,
      message: d.message,
      range: d.range && [
        d.range.start.offset,
        d.range.start.line,
        d.range.start.column,
        d.range.end.offset,
        d.range.end.line,
        d.range.end.column,
      ],
    })),
  };
}
